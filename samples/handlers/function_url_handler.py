"""Lambda function URL: accept a payment webhook (or an IAM-signed admin call)."""

from __future__ import annotations

from typing import Any

from lambda_events import APIGatewayProxyResponseV2, LambdaFunctionUrlEvent, converter, to_json_dict


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, LambdaFunctionUrlEvent)
    if ev.request_context.http.method == "GET":
        return to_json_dict(APIGatewayProxyResponseV2.build("Hello World!"))
    authorizer = ev.request_context.authorizer
    if authorizer is not None and authorizer.iam is not None:
        body: dict[str, Any] = {"caller": authorizer.iam.user_arn, "path": ev.path}
    else:
        body = {"received": ev.json_body["type"], "signed": "stripe-signature" in ev.headers}
    response = APIGatewayProxyResponseV2.build(body, status_code=202)
    return to_json_dict(response)

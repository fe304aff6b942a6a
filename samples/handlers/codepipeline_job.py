"""CodePipeline job: the job id, the input bucket and the decoded user parameters."""

from __future__ import annotations

from typing import Any

from lambda_events import CodePipelineJobEvent, converter


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CodePipelineJobEvent)
    job_id = ev.id
    input_bucket = ev.input_bucket_name
    params = ev.decoded_user_parameters
    environment = params.get("environment", "dev") if isinstance(params, dict) else "dev"
    return {
        "statusCode": 200,
        "body": f"Processed job {job_id} from bucket {input_bucket}",
        "environment": environment,
        "inputKey": ev.input_object_key,
    }

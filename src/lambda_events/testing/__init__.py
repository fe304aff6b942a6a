"""Builders of realistic events for users' own tests.

```python
from lambda_events import converter
from lambda_events.testing import sqs_event

raw = converter.unstructure(sqs_event(bodies=['{"id": 1}']))
assert handler(raw, context) == ...
```
Ids, ARNs, timestamps and MD5 digests are consistent the way AWS makes them. `SAMPLES`
maps a source name (`lambda-events sample --list`) to a builder called with no arguments.
Builders import their event module on first call, so importing this package is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._core import (
    CORE_SAMPLES,
    cloudwatch_logs_event,
    dynamodb_stream_event,
    kinesis_stream_event,
    s3_event,
    sns_event,
    sqs_event,
)
from ._http import (
    HTTP_SAMPLES,
    alb_event,
    api_gateway_authorizer_request_event,
    api_gateway_authorizer_token_event,
    api_gateway_authorizer_v2_event,
    api_gateway_v1_event,
    api_gateway_v2_event,
    api_gateway_websocket_event,
    appsync_authorizer_event,
    appsync_events_event,
    appsync_resolver_event,
    lambda_function_url_event,
    vpc_lattice_event,
    vpc_lattice_v2_event,
)
from ._services import (
    SERVICE_SAMPLES,
    bedrock_agent_event,
    bedrock_agent_function_event,
    cloudformation_custom_resource_event,
    cloudwatch_alarm_event,
    cloudwatch_dashboard_widget_event,
    codedeploy_lifecycle_hook_event,
    codepipeline_job_event,
    cognito_create_auth_challenge_event,
    cognito_custom_email_sender_event,
    cognito_custom_message_event,
    cognito_custom_sms_sender_event,
    cognito_define_auth_challenge_event,
    cognito_post_authentication_event,
    cognito_post_confirmation_event,
    cognito_pre_authentication_event,
    cognito_pre_sign_up_event,
    cognito_pre_token_generation_event,
    cognito_trigger_event,
    cognito_user_migration_event,
    cognito_verify_auth_challenge_event,
    config_configuration_change_event,
    config_rule_event,
    config_scheduled_event,
    connect_contact_flow_event,
    iot_thing_event,
    s3_batch_operation_event,
    s3_object_lambda_event,
    secrets_manager_rotation_event,
    transfer_family_authorizer_event,
)
from ._streams import (
    STREAM_SAMPLES,
    activemq_event,
    eventbridge_event,
    firehose_event,
    kafka_event,
    rabbitmq_event,
    s3_eventbridge_event,
    ses_event,
)

__all__ = [
    "SAMPLES",
    "activemq_event",
    "alb_event",
    "api_gateway_authorizer_request_event",
    "api_gateway_authorizer_token_event",
    "api_gateway_authorizer_v2_event",
    "api_gateway_v1_event",
    "api_gateway_v2_event",
    "api_gateway_websocket_event",
    "appsync_authorizer_event",
    "appsync_events_event",
    "appsync_resolver_event",
    "bedrock_agent_event",
    "bedrock_agent_function_event",
    "cloudformation_custom_resource_event",
    "cloudwatch_alarm_event",
    "cloudwatch_dashboard_widget_event",
    "cloudwatch_logs_event",
    "codedeploy_lifecycle_hook_event",
    "codepipeline_job_event",
    "cognito_create_auth_challenge_event",
    "cognito_custom_email_sender_event",
    "cognito_custom_message_event",
    "cognito_custom_sms_sender_event",
    "cognito_define_auth_challenge_event",
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_pre_token_generation_event",
    "cognito_trigger_event",
    "cognito_user_migration_event",
    "cognito_verify_auth_challenge_event",
    "config_configuration_change_event",
    "config_rule_event",
    "config_scheduled_event",
    "connect_contact_flow_event",
    "dynamodb_stream_event",
    "eventbridge_event",
    "firehose_event",
    "iot_thing_event",
    "kafka_event",
    "kinesis_stream_event",
    "lambda_function_url_event",
    "rabbitmq_event",
    "s3_batch_operation_event",
    "s3_event",
    "s3_eventbridge_event",
    "s3_object_lambda_event",
    "secrets_manager_rotation_event",
    "ses_event",
    "sns_event",
    "sqs_event",
    "transfer_family_authorizer_event",
    "vpc_lattice_event",
    "vpc_lattice_v2_event",
]

SAMPLES: dict[str, Callable[[], Any]] = {
    **CORE_SAMPLES,
    **HTTP_SAMPLES,
    **STREAM_SAMPLES,
    **SERVICE_SAMPLES,
}
"""Every builder by its command-line source name."""

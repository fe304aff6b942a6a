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
from typing import TYPE_CHECKING

from .._sources import SOURCES
from ._alb import alb_event
from ._alexa import alexa_skill_event, alexa_skill_launch_event
from ._api_gateway import (
    api_gateway_v1_event,
    api_gateway_v2_event,
    api_gateway_websocket_event,
)
from ._api_gateway_authorizer import (
    api_gateway_authorizer_request_event,
    api_gateway_authorizer_token_event,
    api_gateway_authorizer_v2_event,
)
from ._appsync import (
    appsync_authorizer_event,
    appsync_events_event,
    appsync_resolver_event,
)
from ._autoscaling import autoscaling_custom_termination_policy_event
from ._bedrock import (
    bedrock_agent_event,
    bedrock_agent_function_event,
)
from ._client_vpn import client_vpn_connection_event
from ._cloudformation import cloudformation_custom_resource_event
from ._cloudfront import (
    cloudfront_request_event,
    cloudfront_response_event,
)
from ._cloudwatch_alarm import cloudwatch_alarm_event
from ._cloudwatch_dashboard import cloudwatch_dashboard_widget_event
from ._cloudwatch_logs import cloudwatch_logs_event
from ._codecommit import codecommit_event
from ._codedeploy import codedeploy_lifecycle_hook_event
from ._codepipeline import codepipeline_job_event
from ._cognito import (
    cognito_create_auth_challenge_event,
    cognito_custom_email_sender_event,
    cognito_custom_message_event,
    cognito_custom_sms_sender_event,
    cognito_define_auth_challenge_event,
    cognito_inbound_federation_event,
    cognito_post_authentication_event,
    cognito_post_confirmation_event,
    cognito_pre_authentication_event,
    cognito_pre_sign_up_event,
    cognito_pre_token_generation_event,
    cognito_pre_token_generation_v2_event,
    cognito_trigger_event,
    cognito_user_migration_event,
    cognito_verify_auth_challenge_event,
)
from ._cognito_sync import cognito_sync_event
from ._config import (
    config_configuration_change_event,
    config_rule_event,
    config_scheduled_event,
)
from ._connect import connect_contact_flow_event
from ._connect_campaigns import connect_outbound_campaigns_event
from ._documentdb import documentdb_change_event
from ._dynamodb import dynamodb_stream_event
from ._eventbridge import (
    eventbridge_event,
    s3_eventbridge_deleted_event,
    s3_eventbridge_event,
)
from ._firehose import firehose_event, firehose_kinesis_event
from ._iot import (
    iot_button_event,
    iot_custom_authorizer_event,
    iot_pre_provisioning_hook_event,
    iot_thing_event,
    iot_thing_group_event,
    iot_thing_group_hierarchy_event,
    iot_thing_group_membership_event,
    iot_thing_type_association_event,
    iot_thing_type_event,
)
from ._kafka import kafka_event, kafka_self_managed_event
from ._kinesis import kinesis_stream_event
from ._kinesis_analytics import (
    kinesis_analytics_output_delivery_event,
    kinesis_analytics_preprocessing_event,
)
from ._lambda_destination import lambda_destination_event
from ._lambda_function_url import lambda_function_url_event
from ._lex import (
    lex_event,
    lex_v2_event,
)
from ._mq import (
    activemq_event,
    rabbitmq_event,
)
from ._s3 import s3_event
from ._s3_batch import s3_batch_operation_event
from ._s3_object_lambda import s3_object_lambda_event
from ._secrets_manager import secrets_manager_rotation_event
from ._ses import ses_event
from ._sns import sns_event
from ._sqs import sqs_event
from ._transfer_family import transfer_family_authorizer_event
from ._vpc_lattice import (
    vpc_lattice_event,
    vpc_lattice_v2_event,
)

if TYPE_CHECKING:
    from .._model import Model

__all__ = [
    "SAMPLES",
    "activemq_event",
    "alb_event",
    "alexa_skill_event",
    "alexa_skill_launch_event",
    "api_gateway_authorizer_request_event",
    "api_gateway_authorizer_token_event",
    "api_gateway_authorizer_v2_event",
    "api_gateway_v1_event",
    "api_gateway_v2_event",
    "api_gateway_websocket_event",
    "appsync_authorizer_event",
    "appsync_events_event",
    "appsync_resolver_event",
    "autoscaling_custom_termination_policy_event",
    "bedrock_agent_event",
    "bedrock_agent_function_event",
    "client_vpn_connection_event",
    "cloudformation_custom_resource_event",
    "cloudfront_request_event",
    "cloudfront_response_event",
    "cloudwatch_alarm_event",
    "cloudwatch_dashboard_widget_event",
    "cloudwatch_logs_event",
    "codecommit_event",
    "codedeploy_lifecycle_hook_event",
    "codepipeline_job_event",
    "cognito_create_auth_challenge_event",
    "cognito_custom_email_sender_event",
    "cognito_custom_message_event",
    "cognito_custom_sms_sender_event",
    "cognito_define_auth_challenge_event",
    "cognito_inbound_federation_event",
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_pre_token_generation_event",
    "cognito_pre_token_generation_v2_event",
    "cognito_sync_event",
    "cognito_trigger_event",
    "cognito_user_migration_event",
    "cognito_verify_auth_challenge_event",
    "config_configuration_change_event",
    "config_rule_event",
    "config_scheduled_event",
    "connect_contact_flow_event",
    "connect_outbound_campaigns_event",
    "documentdb_change_event",
    "dynamodb_stream_event",
    "eventbridge_event",
    "firehose_event",
    "firehose_kinesis_event",
    "iot_button_event",
    "iot_custom_authorizer_event",
    "iot_pre_provisioning_hook_event",
    "iot_thing_event",
    "iot_thing_group_event",
    "iot_thing_group_hierarchy_event",
    "iot_thing_group_membership_event",
    "iot_thing_type_association_event",
    "iot_thing_type_event",
    "kafka_event",
    "kafka_self_managed_event",
    "kinesis_analytics_output_delivery_event",
    "kinesis_analytics_preprocessing_event",
    "kinesis_stream_event",
    "lambda_destination_event",
    "lambda_function_url_event",
    "lex_event",
    "lex_v2_event",
    "rabbitmq_event",
    "s3_batch_operation_event",
    "s3_event",
    "s3_eventbridge_deleted_event",
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

SAMPLES: dict[str, Callable[[], Model]] = {
    name: globals()[builder] for source in SOURCES for name, builder in source.samples.items()
}
"""Every builder by its sample name (`lambda-events sample NAME`), from `_sources.SOURCES`."""

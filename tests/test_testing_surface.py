"""The public surface of `lambda_events.testing`: what users import stays importable.

The names below are the surface as of the layout by service (issue 11): names may be added,
never taken away. Importing the package stays cheap, and every builder is typed.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import lambda_events.testing as testing
from lambda_events._registry import LAZY_NAMES
from lambda_events.detection import RULES

PUBLIC_NAMES = (
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
    "cognito_post_authentication_event",
    "cognito_post_confirmation_event",
    "cognito_pre_authentication_event",
    "cognito_pre_sign_up_event",
    "cognito_pre_token_generation_event",
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
    "iot_button_event",
    "iot_custom_authorizer_event",
    "iot_pre_provisioning_hook_event",
    "iot_thing_event",
    "kafka_event",
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
    "s3_eventbridge_event",
    "s3_object_lambda_event",
    "secrets_manager_rotation_event",
    "ses_event",
    "sns_event",
    "sqs_event",
    "transfer_family_authorizer_event",
    "vpc_lattice_event",
    "vpc_lattice_v2_event",
)
SAMPLE_NAMES = (
    "activemq",
    "alb",
    "api-gateway-authorizer-request",
    "api-gateway-authorizer-token",
    "api-gateway-authorizer-v2",
    "api-gateway-v1",
    "api-gateway-v2",
    "api-gateway-websocket",
    "appsync-authorizer",
    "appsync-events",
    "appsync-resolver",
    "autoscaling-custom-termination-policy",
    "bedrock-agent",
    "bedrock-agent-function",
    "client-vpn",
    "cloudformation",
    "cloudfront-request",
    "cloudfront-response",
    "cloudwatch-alarm",
    "cloudwatch-dashboard",
    "cloudwatch-logs",
    "codecommit",
    "codedeploy",
    "codepipeline",
    "cognito-create-auth-challenge",
    "cognito-custom-email-sender",
    "cognito-custom-message",
    "cognito-custom-sms-sender",
    "cognito-define-auth-challenge",
    "cognito-inbound-federation",
    "cognito-post-authentication",
    "cognito-post-confirmation",
    "cognito-pre-authentication",
    "cognito-pre-sign-up",
    "cognito-pre-token-generation",
    "cognito-pre-token-generation-v2",
    "cognito-sync",
    "cognito-user-migration",
    "cognito-verify-auth-challenge",
    "config",
    "config-scheduled",
    "connect",
    "connect-outbound-campaigns",
    "documentdb",
    "dynamodb",
    "eventbridge",
    "firehose",
    "firehose-kinesis",
    "function-url",
    "iot-button",
    "iot-custom-authorizer",
    "iot-pre-provisioning-hook",
    "iot-thing",
    "kafka",
    "kafka-self-managed",
    "kinesis",
    "kinesis-analytics-output",
    "kinesis-analytics-preprocessing",
    "lambda-destination",
    "lex",
    "lex-v2",
    "rabbitmq",
    "s3",
    "s3-batch",
    "s3-eventbridge",
    "s3-eventbridge-deleted",
    "s3-object-lambda",
    "secrets-manager",
    "ses",
    "sns",
    "sqs",
    "transfer-family",
    "vpc-lattice",
    "vpc-lattice-v2",
)


def test_every_public_name_stays_exported() -> None:
    missing = [n for n in PUBLIC_NAMES if n not in testing.__all__ or not hasattr(testing, n)]
    assert not missing


def test_every_name_in_all_is_there() -> None:
    assert [n for n in testing.__all__ if not hasattr(testing, n)] == []


def test_every_sample_name_stays() -> None:
    assert set(SAMPLE_NAMES) <= set(testing.SAMPLES)


def test_every_builder_of_a_service_module_is_exported() -> None:
    for info in pkgutil.iter_modules(testing.__path__):
        module = importlib.import_module(f"{testing.__name__}.{info.name}")
        builders = [n for n in module.__all__ if n.endswith("_event")]
        assert set(builders) <= set(testing.__all__), info.name


def test_every_sample_of_the_sources_table_builds_its_rows_class() -> None:
    from lambda_events._sources import SOURCES

    for source in SOURCES:
        for sample, builder in source.samples.items():
            assert testing.SAMPLES[sample] is getattr(testing, builder), sample
            assert type(testing.SAMPLES[sample]()).__name__ == source.event, sample


def test_importing_the_builders_imports_no_event_module() -> None:
    event_modules = sorted({"lambda_events" + LAZY_NAMES[name] for name, _ in RULES})
    code = (
        "import sys, lambda_events.testing\n"
        f"loaded = [m for m in {event_modules!r} if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_builder_returns_its_class() -> None:
    from samples.typed_builders import check_builder_types

    check_builder_types()  # mypy and pyright check the same file statically

"""What the builders return, as a type checker sees it: each its own event class.

`mypy --strict` and pyright check this file, where `assert_type` fails on `Any` or on the
wrong class; `tests/test_testing_surface.py` runs it.
"""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from lambda_events import (
    ActiveMQEvent,
    ALBEvent,
    AlexaSkillEvent,
    APIGatewayAuthorizerEventV2,
    APIGatewayAuthorizerRequestEvent,
    APIGatewayAuthorizerTokenEvent,
    APIGatewayProxyEvent,
    APIGatewayProxyEventV2,
    APIGatewayWebSocketEvent,
    AppSyncAuthorizerEvent,
    AppSyncResolverEvent,
    AppSyncResolverEventsEvent,
    AutoScalingCustomTerminationPolicyEvent,
    AWSConfigRuleEvent,
    BedrockAgentEvent,
    BedrockAgentFunctionEvent,
    ClientVPNConnectionHandlerEvent,
    CloudFormationCustomResourceEvent,
    CloudFrontRequestEvent,
    CloudFrontResponseEvent,
    CloudWatchAlarmEvent,
    CloudWatchDashboardCustomWidgetEvent,
    CloudWatchLogsEvent,
    CodeCommitEvent,
    CodeDeployLifecycleHookEvent,
    CodePipelineJobEvent,
    CognitoSyncTriggerEvent,
    CognitoTriggerEvent,
    ConnectContactFlowEvent,
    ConnectOutboundCampaignsEvent,
    CreateAuthChallengeTriggerEvent,
    CustomEmailSenderTriggerEvent,
    CustomMessageTriggerEvent,
    CustomSMSSenderTriggerEvent,
    DefineAuthChallengeTriggerEvent,
    DocumentDBChangeEvent,
    DynamoDBStreamEvent,
    EventBridgeEvent,
    InboundFederationTriggerEvent,
    IoTButtonEvent,
    IoTCoreAddOrDeleteFromThingGroupEvent,
    IoTCoreAddOrRemoveFromThingGroupEvent,
    IoTCoreThingEvent,
    IoTCoreThingGroupEvent,
    IoTCoreThingTypeAssociationEvent,
    IoTCoreThingTypeEvent,
    IoTCustomAuthorizerEvent,
    IoTPreProvisioningHookEvent,
    KafkaEvent,
    KinesisAnalyticsInputPreprocessingEvent,
    KinesisAnalyticsOutputDeliveryEvent,
    KinesisFirehoseEvent,
    KinesisStreamEvent,
    LambdaDestinationEvent,
    LambdaFunctionUrlEvent,
    LexEvent,
    LexV2Event,
    PostAuthenticationTriggerEvent,
    PostConfirmationTriggerEvent,
    PreAuthenticationTriggerEvent,
    PreSignUpTriggerEvent,
    PreTokenGenerationTriggerEvent,
    PreTokenGenerationV2TriggerEvent,
    RabbitMQEvent,
    S3BatchOperationEvent,
    S3Event,
    S3EventBridgeNotificationEvent,
    S3ObjectLambdaEvent,
    SecretsManagerEvent,
    SESEvent,
    SNSEvent,
    SQSEvent,
    TransferFamilyAuthorizer,
    UserMigrationTriggerEvent,
    VerifyAuthChallengeResponseTriggerEvent,
    VPCLatticeEvent,
    VPCLatticeEventV2,
)
from lambda_events.testing import (
    activemq_event,
    alb_event,
    alexa_skill_event,
    alexa_skill_launch_event,
    api_gateway_authorizer_request_event,
    api_gateway_authorizer_token_event,
    api_gateway_authorizer_v2_event,
    api_gateway_v1_event,
    api_gateway_v2_event,
    api_gateway_websocket_event,
    appsync_authorizer_event,
    appsync_events_event,
    appsync_resolver_event,
    autoscaling_custom_termination_policy_event,
    bedrock_agent_event,
    bedrock_agent_function_event,
    client_vpn_connection_event,
    cloudformation_custom_resource_event,
    cloudfront_request_event,
    cloudfront_response_event,
    cloudwatch_alarm_event,
    cloudwatch_dashboard_widget_event,
    cloudwatch_logs_event,
    codecommit_event,
    codedeploy_lifecycle_hook_event,
    codepipeline_job_event,
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
    cognito_sync_event,
    cognito_trigger_event,
    cognito_user_migration_event,
    cognito_verify_auth_challenge_event,
    config_configuration_change_event,
    config_rule_event,
    config_scheduled_event,
    connect_contact_flow_event,
    connect_outbound_campaigns_event,
    documentdb_change_event,
    dynamodb_stream_event,
    eventbridge_event,
    firehose_event,
    firehose_kinesis_event,
    iot_button_event,
    iot_custom_authorizer_event,
    iot_pre_provisioning_hook_event,
    iot_thing_event,
    iot_thing_group_event,
    iot_thing_group_hierarchy_event,
    iot_thing_group_membership_event,
    iot_thing_type_association_event,
    iot_thing_type_event,
    kafka_event,
    kafka_self_managed_event,
    kinesis_analytics_output_delivery_event,
    kinesis_analytics_preprocessing_event,
    kinesis_stream_event,
    lambda_destination_event,
    lambda_function_url_event,
    lex_event,
    lex_v2_event,
    rabbitmq_event,
    s3_batch_operation_event,
    s3_event,
    s3_eventbridge_deleted_event,
    s3_eventbridge_event,
    s3_object_lambda_event,
    secrets_manager_rotation_event,
    ses_event,
    sns_event,
    sqs_event,
    transfer_family_authorizer_event,
    vpc_lattice_event,
    vpc_lattice_v2_event,
)

__all__ = ["check_builder_types"]


def check_builder_types() -> None:
    """Build one event with every builder, each checked against its class."""
    event: PreSignUpTriggerEvent = cognito_pre_sign_up_event()
    assert_type(event, PreSignUpTriggerEvent)
    assert_type(activemq_event(), ActiveMQEvent)
    assert_type(alb_event(), ALBEvent)
    assert_type(alexa_skill_event(), AlexaSkillEvent)
    assert_type(alexa_skill_launch_event(), AlexaSkillEvent)
    assert_type(api_gateway_authorizer_request_event(), APIGatewayAuthorizerRequestEvent)
    assert_type(api_gateway_authorizer_token_event(), APIGatewayAuthorizerTokenEvent)
    assert_type(api_gateway_authorizer_v2_event(), APIGatewayAuthorizerEventV2)
    assert_type(api_gateway_v1_event(), APIGatewayProxyEvent)
    assert_type(api_gateway_v2_event(), APIGatewayProxyEventV2)
    assert_type(api_gateway_websocket_event(), APIGatewayWebSocketEvent)
    assert_type(appsync_authorizer_event(), AppSyncAuthorizerEvent)
    assert_type(appsync_events_event(), AppSyncResolverEventsEvent)
    assert_type(appsync_resolver_event(), AppSyncResolverEvent)
    assert_type(
        autoscaling_custom_termination_policy_event(), AutoScalingCustomTerminationPolicyEvent
    )
    assert_type(bedrock_agent_event(), BedrockAgentEvent)
    assert_type(bedrock_agent_function_event(), BedrockAgentFunctionEvent)
    assert_type(client_vpn_connection_event(), ClientVPNConnectionHandlerEvent)
    assert_type(cloudformation_custom_resource_event(), CloudFormationCustomResourceEvent)
    assert_type(cloudfront_request_event(), CloudFrontRequestEvent)
    assert_type(cloudfront_response_event(), CloudFrontResponseEvent)
    assert_type(cloudwatch_alarm_event(), CloudWatchAlarmEvent)
    assert_type(cloudwatch_dashboard_widget_event(), CloudWatchDashboardCustomWidgetEvent)
    assert_type(cloudwatch_logs_event(), CloudWatchLogsEvent)
    assert_type(codecommit_event(), CodeCommitEvent)
    assert_type(codedeploy_lifecycle_hook_event(), CodeDeployLifecycleHookEvent)
    assert_type(codepipeline_job_event(), CodePipelineJobEvent)
    assert_type(cognito_create_auth_challenge_event(), CreateAuthChallengeTriggerEvent)
    assert_type(cognito_custom_email_sender_event(), CustomEmailSenderTriggerEvent)
    assert_type(cognito_custom_message_event(), CustomMessageTriggerEvent)
    assert_type(cognito_custom_sms_sender_event(), CustomSMSSenderTriggerEvent)
    assert_type(cognito_define_auth_challenge_event(), DefineAuthChallengeTriggerEvent)
    assert_type(cognito_post_authentication_event(), PostAuthenticationTriggerEvent)
    assert_type(cognito_post_confirmation_event(), PostConfirmationTriggerEvent)
    assert_type(cognito_pre_authentication_event(), PreAuthenticationTriggerEvent)
    assert_type(cognito_pre_sign_up_event(), PreSignUpTriggerEvent)
    assert_type(cognito_pre_token_generation_event(), PreTokenGenerationTriggerEvent)
    v2 = cognito_pre_token_generation_event(version="2", scopes=["openid"])
    assert_type(v2, PreTokenGenerationV2TriggerEvent)
    assert_type(cognito_pre_token_generation_v2_event(), PreTokenGenerationV2TriggerEvent)
    assert_type(cognito_inbound_federation_event(), InboundFederationTriggerEvent)
    assert_type(firehose_kinesis_event(), KinesisFirehoseEvent)
    assert_type(kafka_self_managed_event(), KafkaEvent)
    assert_type(s3_eventbridge_deleted_event(), S3EventBridgeNotificationEvent)
    assert_type(cognito_sync_event(), CognitoSyncTriggerEvent)
    assert_type(cognito_trigger_event(), CognitoTriggerEvent)
    assert_type(cognito_user_migration_event(), UserMigrationTriggerEvent)
    assert_type(cognito_verify_auth_challenge_event(), VerifyAuthChallengeResponseTriggerEvent)
    assert_type(config_configuration_change_event(), AWSConfigRuleEvent)
    assert_type(config_rule_event({"messageType": "ScheduledNotification"}), AWSConfigRuleEvent)
    assert_type(config_scheduled_event(), AWSConfigRuleEvent)
    assert_type(connect_contact_flow_event(), ConnectContactFlowEvent)
    assert_type(connect_outbound_campaigns_event(), ConnectOutboundCampaignsEvent)
    assert_type(documentdb_change_event(), DocumentDBChangeEvent)
    assert_type(dynamodb_stream_event(), DynamoDBStreamEvent)
    assert_type(eventbridge_event(), EventBridgeEvent[Any])
    assert_type(firehose_event(), KinesisFirehoseEvent)
    assert_type(iot_button_event(), IoTButtonEvent)
    assert_type(iot_custom_authorizer_event(), IoTCustomAuthorizerEvent)
    assert_type(iot_pre_provisioning_hook_event(), IoTPreProvisioningHookEvent)
    assert_type(iot_thing_event(), IoTCoreThingEvent)
    assert_type(iot_thing_group_event(), IoTCoreThingGroupEvent)
    assert_type(iot_thing_group_hierarchy_event(), IoTCoreAddOrDeleteFromThingGroupEvent)
    assert_type(iot_thing_group_membership_event(), IoTCoreAddOrRemoveFromThingGroupEvent)
    assert_type(iot_thing_type_association_event(), IoTCoreThingTypeAssociationEvent)
    assert_type(iot_thing_type_event(), IoTCoreThingTypeEvent)
    assert_type(kafka_event(), KafkaEvent)
    assert_type(kinesis_analytics_output_delivery_event(), KinesisAnalyticsOutputDeliveryEvent)
    assert_type(kinesis_analytics_preprocessing_event(), KinesisAnalyticsInputPreprocessingEvent)
    assert_type(kinesis_stream_event(), KinesisStreamEvent)
    assert_type(lambda_destination_event(), LambdaDestinationEvent)
    assert_type(lambda_function_url_event(), LambdaFunctionUrlEvent)
    assert_type(lex_event(), LexEvent)
    assert_type(lex_v2_event(), LexV2Event)
    assert_type(rabbitmq_event(), RabbitMQEvent)
    assert_type(s3_batch_operation_event(), S3BatchOperationEvent)
    assert_type(s3_event(), S3Event)
    assert_type(s3_eventbridge_event(), S3EventBridgeNotificationEvent)
    assert_type(s3_object_lambda_event(), S3ObjectLambdaEvent)
    assert_type(secrets_manager_rotation_event(), SecretsManagerEvent)
    assert_type(ses_event(), SESEvent)
    assert_type(sns_event(), SNSEvent)
    assert_type(sqs_event(), SQSEvent)
    assert_type(transfer_family_authorizer_event(), TransferFamilyAuthorizer)
    assert_type(vpc_lattice_event(), VPCLatticeEvent)
    assert_type(vpc_lattice_v2_event(), VPCLatticeEventV2)

"""Lazy public names of issue 5, second half: S3 Batch, S3 Object Lambda, Transfer Family,
Bedrock Agents, CloudWatch alarms and dashboards, IoT registry (name -> module)."""

from __future__ import annotations

__all__ = ["NAMES"]

NAMES: dict[str, str] = {
    # s3_batch
    "S3BatchOperationEvent": ".s3_batch",
    "S3BatchOperationJob": ".s3_batch",
    "S3BatchOperationResponse": ".s3_batch",
    "S3BatchOperationResponseRecord": ".s3_batch",
    "S3BatchOperationResultCode": ".s3_batch",
    "S3BatchOperationTask": ".s3_batch",
    # s3_object_lambda
    "S3ObjectConfiguration": ".s3_object_lambda",
    "S3ObjectContext": ".s3_object_lambda",
    "S3ObjectInputContext": ".s3_object_lambda",
    "S3ObjectLambdaEvent": ".s3_object_lambda",
    "S3ObjectSessionAttributes": ".s3_object_lambda",
    "S3ObjectSessionContext": ".s3_object_lambda",
    "S3ObjectSessionIssuer": ".s3_object_lambda",
    "S3ObjectUserIdentity": ".s3_object_lambda",
    "S3ObjectUserRequest": ".s3_object_lambda",
    # transfer_family
    "TransferFamilyAuthorizer": ".transfer_family",
    "TransferFamilyAuthorizerResponse": ".transfer_family",
    "TransferFamilyHomeDirectoryMapping": ".transfer_family",
    "TransferFamilyHomeDirectoryType": ".transfer_family",
    "TransferFamilyPosixProfile": ".transfer_family",
    "TransferFamilyProtocol": ".transfer_family",
    # bedrock
    "BedrockAgentApiResponse": ".bedrock",
    "BedrockAgentEvent": ".bedrock",
    "BedrockAgentFunctionActionResponse": ".bedrock",
    "BedrockAgentFunctionEvent": ".bedrock",
    "BedrockAgentFunctionParameter": ".bedrock",
    "BedrockAgentFunctionResponse": ".bedrock",
    "BedrockAgentFunctionResult": ".bedrock",
    "BedrockAgentInfo": ".bedrock",
    "BedrockAgentProperty": ".bedrock",
    "BedrockAgentRequestBody": ".bedrock",
    "BedrockAgentRequestMedia": ".bedrock",
    "BedrockAgentResponse": ".bedrock",
    "BedrockAgentResponseContent": ".bedrock",
    "BedrockAgentResponseState": ".bedrock",
    # cloudwatch_alarm
    "CloudWatchAlarmConfiguration": ".cloudwatch_alarm",
    "CloudWatchAlarmData": ".cloudwatch_alarm",
    "CloudWatchAlarmEvent": ".cloudwatch_alarm",
    "CloudWatchAlarmMetric": ".cloudwatch_alarm",
    "CloudWatchAlarmMetricDefinition": ".cloudwatch_alarm",
    "CloudWatchAlarmMetricStat": ".cloudwatch_alarm",
    "CloudWatchAlarmState": ".cloudwatch_alarm",
    "CloudWatchAlarmStateValue": ".cloudwatch_alarm",
    # cloudwatch_dashboard
    "CloudWatchDashboardCustomWidgetEvent": ".cloudwatch_dashboard",
    "CloudWatchWidgetContext": ".cloudwatch_dashboard",
    "CloudWatchWidgetForms": ".cloudwatch_dashboard",
    "TimeRange": ".cloudwatch_dashboard",
    "TimeRangeZoom": ".cloudwatch_dashboard",
    "TimeZone": ".cloudwatch_dashboard",
    # iot
    "IoTCoreAddOrDeleteFromThingGroupEvent": ".iot",
    "IoTCoreAddOrRemoveFromThingGroupEvent": ".iot",
    "IoTCorePropagatingAttribute": ".iot",
    "IoTCoreRegistryEventType": ".iot",
    "IoTCoreRegistryEventsBase": ".iot",
    "IoTCoreRegistryOperation": ".iot",
    "IoTCoreThingEvent": ".iot",
    "IoTCoreThingGroupEvent": ".iot",
    "IoTCoreThingGroupReference": ".iot",
    "IoTCoreThingTypeAssociationEvent": ".iot",
    "IoTCoreThingTypeEvent": ".iot",
}

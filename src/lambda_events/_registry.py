"""Where every public name lives: `lambda_events.<Name>` imports its module on first use.

After editing, run `python tools/gen_init.py` to refresh `__init__.py`'s typing block.
"""

from __future__ import annotations

from ._registry_http import NAMES as _HTTP_NAMES
from ._registry_services import NAMES as _SERVICE_NAMES
from ._registry_services2 import NAMES as _SERVICE2_NAMES
from ._registry_streams import NAMES as _STREAM_NAMES

__all__ = ["LAZY_NAMES"]

_CORE_NAMES: dict[str, str] = {
    # core
    "make_converter": "._converter",
    "LambdaEventsConverter": "._converter",
    "Model": "._model",
    "model": "._model",
    "field": "._model",
    "Arn": ".arn",
    "parse_arn": ".arn",
    "Base64Bytes": ".codecs",
    "Base64Payload": ".codecs",
    "CompressedJson": ".codecs",
    "JsonText": ".codecs",
    "AttributeValueMap": ".attribute_values",
    "DynamoNumber": ".attribute_values",
    "Headers": ".headers",
    "MultiValueHeaders": ".headers",
    "StrEnum": ".enums",
    "EpochMicrosText": ".timestamps",
    "EpochMillis": ".timestamps",
    "EpochMillisText": ".timestamps",
    "EpochSeconds": ".timestamps",
    "HttpDate": ".timestamps",
    "IsoTimestamp": ".timestamps",
    "event_source": ".handler",
    "detect": ".detection",
    "detect_name": ".detection",
    "parse": ".detection",
    # sqs
    "SQSEvent": ".sqs",
    "SQSMessageAttribute": ".sqs",
    "SQSRecord": ".sqs",
    "SQSRecordAttributes": ".sqs",
    # sns
    "SNSEvent": ".sns",
    "SNSEventRecord": ".sns",
    "SNSMessage": ".sns",
    "SNSMessageAttribute": ".sns",
    # s3
    "S3Bucket": ".s3",
    "S3Event": ".s3",
    "S3EventRecord": ".s3",
    "S3EventRecordGlacierEventData": ".s3",
    "S3EventRecordGlacierRestoreEventData": ".s3",
    "S3EventRecordIntelligentTieringEventData": ".s3",
    "S3EventRecordLifecycleEventData": ".s3",
    "S3EventRecordReplicationEventData": ".s3",
    "S3EventRecordTransitionEventData": ".s3",
    "S3Identity": ".s3",
    "S3Message": ".s3",
    "S3Object": ".s3",
    "S3RequestParameters": ".s3",
    # dynamodb
    "DynamoDBRecord": ".dynamodb",
    "DynamoDBRecordEventName": ".dynamodb",
    "DynamoDBStreamEvent": ".dynamodb",
    "DynamoDBStreamWindow": ".dynamodb",
    "DynamoDBUserIdentity": ".dynamodb",
    "StreamRecord": ".dynamodb",
    "StreamViewType": ".dynamodb",
    # kinesis
    "KinesisStreamEvent": ".kinesis",
    "KinesisStreamRecord": ".kinesis",
    "KinesisStreamRecordPayload": ".kinesis",
    "KinesisStreamWindow": ".kinesis",
    "extract_cloudwatch_logs_from_event": ".kinesis",
    "extract_cloudwatch_logs_from_record": ".kinesis",
    # cloudwatch_logs
    "CloudWatchLogsData": ".cloudwatch_logs",
    "CloudWatchLogsDecodedData": ".cloudwatch_logs",
    "CloudWatchLogsEvent": ".cloudwatch_logs",
    "CloudWatchLogsLogEvent": ".cloudwatch_logs",
    "decode_cloudwatch_logs": ".cloudwatch_logs",
    # windows
    "TumblingWindow": ".windows",
    "WindowedBatch": ".windows",
}

LAZY_NAMES: dict[str, str] = {
    **_CORE_NAMES,
    **_HTTP_NAMES,
    **_STREAM_NAMES,
    **_SERVICE_NAMES,
    **_SERVICE2_NAMES,
}

"""Lazy public names of the issue 4: streams, messaging, EventBridge (name -> module)."""

from __future__ import annotations

__all__ = ["NAMES"]

NAMES: dict[str, str] = {
    # firehose
    "FirehoseResult": ".firehose",
    "KinesisFirehoseDataTransformationRecord": ".firehose",
    "KinesisFirehoseDataTransformationRecordMetadata": ".firehose",
    "KinesisFirehoseDataTransformationResponse": ".firehose",
    "KinesisFirehoseEvent": ".firehose",
    "KinesisFirehoseRecord": ".firehose",
    "KinesisFirehoseRecordMetadata": ".firehose",
    # kafka
    "KafkaEvent": ".kafka",
    "KafkaEventRecord": ".kafka",
    "KafkaEventRecordSchemaMetadata": ".kafka",
    "KafkaHeaderBytes": ".kafka",
    "KafkaHeaderValue": ".kafka",
    "KafkaHeaders": ".kafka",
    "KafkaTimestampType": ".kafka",
    # mq
    "ActiveMQDestination": ".mq",
    "ActiveMQEvent": ".mq",
    "ActiveMQMessage": ".mq",
    "BasicProperties": ".mq",
    "RabbitMQEvent": ".mq",
    "RabbitMessage": ".mq",
    # eventbridge
    "EventBridgeDetail": ".eventbridge",
    "EventBridgeEvent": ".eventbridge",
    "S3EventBridgeNotificationDetail": ".eventbridge",
    "S3EventBridgeNotificationEvent": ".eventbridge",
    "S3EventBridgeNotificationObject": ".eventbridge",
    "S3EventNotificationEventBridgeBucket": ".eventbridge",
    # ses
    "SESEvent": ".ses",
    "SESEventRecord": ".ses",
    "SESMail": ".ses",
    "SESMailCommonHeaders": ".ses",
    "SESMailHeader": ".ses",
    "SESMessage": ".ses",
    "SESReceipt": ".ses",
    "SESReceiptAction": ".ses",
    "SESReceiptStatus": ".ses",
    # batch
    "BatchItemFailure": ".batch",
    "PartialBatchResponse": ".batch",
    "item_identifier": ".batch",
}

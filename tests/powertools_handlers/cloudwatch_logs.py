from aws_lambda_powertools.utilities.data_classes import CloudWatchLogsEvent, event_source
from aws_lambda_powertools.utilities.data_classes.cloud_watch_logs_event import (
    CloudWatchLogsDecodedData,
)


@event_source(data_class=CloudWatchLogsEvent)
def lambda_handler(event: CloudWatchLogsEvent, context):
    decompressed_log: CloudWatchLogsDecodedData = event.parse_logs_data()
    lines = [f"Log group: {decompressed_log.log_group}"]
    for log_event in decompressed_log.log_events:
        lines.append(f"Timestamp: {log_event.timestamp}, Message: {log_event.message}")
    return {"statusCode": 200, "body": "\n".join(lines)}

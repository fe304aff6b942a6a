from aws_lambda_powertools.utilities.data_classes import CloudWatchAlarmEvent, event_source


@event_source(data_class=CloudWatchAlarmEvent)
def lambda_handler(event: CloudWatchAlarmEvent, context) -> dict:
    return {
        "name": event.alarm_data.alarm_name,
        "arn": event.alarm_arn,
        "state": event.alarm_data.state.value,
        "urgent": "Priority: P1" in (event.alarm_data.configuration.description or ""),
    }

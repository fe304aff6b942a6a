from aws_lambda_powertools.utilities.data_classes import (
    AWSConfigRuleEvent,
    event_source,
)


@event_source(data_class=AWSConfigRuleEvent)
def lambda_handler(event: AWSConfigRuleEvent, context):
    message_type = event.invoking_event.message_type
    return {"Success": "OK", "message_type": message_type, "raw": event.raw_invoking_event}

import json

from aws_lambda_powertools.utilities.data_classes import event_source
from aws_lambda_powertools.utilities.data_classes.active_mq_event import ActiveMQEvent


@event_source(data_class=ActiveMQEvent)
def lambda_handler(event: ActiveMQEvent, context):
    seen = []
    for message in event.messages:
        seen.append(f"Message ID: {message.message_id} and type: {message.message_type}")
    return {"statusCode": 200, "body": json.dumps(seen)}

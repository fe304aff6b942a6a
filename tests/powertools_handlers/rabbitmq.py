from typing import Dict

from aws_lambda_powertools.utilities.data_classes import event_source
from aws_lambda_powertools.utilities.data_classes.rabbit_mq_event import RabbitMQEvent


@event_source(data_class=RabbitMQEvent)
def lambda_handler(event: RabbitMQEvent, context):
    for queue_name, messages in event.rmq_messages_by_queue.items():
        for message in messages:
            data: Dict = message.json_data
            return {
                "queue_name": queue_name,
                "message_id": message.basic_properties.message_id,
                "data": data,
            }

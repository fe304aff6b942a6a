import json
from typing import Any, Dict, Union

from aws_lambda_powertools.utilities.data_classes import KinesisStreamEvent, event_source

processed = []


@event_source(data_class=KinesisStreamEvent)
def lambda_handler(event: KinesisStreamEvent, context):
    for record in event.records:
        kinesis_record = record.kinesis

        payload: Union[Dict[str, Any], str]

        try:
            # Try to parse as JSON first
            payload = kinesis_record.data_as_json()
        except json.JSONDecodeError:
            # If JSON parsing fails, get as text
            payload = kinesis_record.data_as_text()

        process_data(payload)

    return {"statusCode": 200, "body": processed}


def process_data(data: Union[Dict[str, Any], str]) -> None:
    processed.append(data)

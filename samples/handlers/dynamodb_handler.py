"""DynamoDB Streams: react to inserts and modifications, collect the keys seen."""

from __future__ import annotations

from typing import Any

from lambda_events import DynamoDBRecordEventName, DynamoDBStreamEvent, event_source


@event_source(DynamoDBStreamEvent)
def lambda_handler(event: DynamoDBStreamEvent, context: object) -> dict[str, Any]:
    inserted, modified, keys = 0, 0, []
    for record in event.records:
        if record.event_name == DynamoDBRecordEventName.MODIFY:
            modified += 1
        elif record.event_name == DynamoDBRecordEventName.INSERT:
            inserted += 1
        if record.dynamodb.keys and "pk" in record.dynamodb.keys:
            keys.append(record.dynamodb.keys["pk"])
    return {"inserted": inserted, "modified": modified, "keys": keys}

"""Issue 15, remaining sources: DocumentDB change streams, EC2 Auto Scaling custom termination
policies, Amazon Connect outbound campaigns, CloudWatch alarms through SNS, DynamoDB changes
through Kinesis Data Streams, and typed EventBridge details of AWS services.

No shared corpus fixture exists for most of these; the AWS documentation is the reference
for every field of the samples:
- DocumentDB: "Using AWS Lambda with Amazon DocumentDB" (example event,
  https://docs.aws.amazon.com/lambda/latest/dg/with-documentdb.html) and the change event
  shapes it links to (MongoDB "Change Events": update, replace, delete, drop, rename,
  dropDatabase, invalidate).
- Auto Scaling: "Create a custom termination policy with Lambda" (input and response data,
  https://docs.aws.amazon.com/autoscaling/ec2/userguide/lambda-custom-termination-policy.html);
  lifecycle and launch/terminate events: the go corpus fixtures.
- Connect outbound campaigns: "Invoke Lambda functions"
  (https://docs.aws.amazon.com/connect/latest/adminguide/lambda-invoke-functions.html);
  names follow Powertools for TypeScript's `ConnectOutboundCampaignsSchema` /
  `ConnectOutboundCampaignsEvent` / `ConnectOutboundCampaignsCustomerProfile`.
- CloudWatch alarms through SNS: the go corpus fixtures (`cloudwatch-alarm-sns-payload-*`)
  and "Amazon SNS notifications" of CloudWatch alarms.
- DynamoDB through Kinesis: "Change data capture for Kinesis Data Streams with DynamoDB"
  (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/kds.html).
- Step Functions: "Automating Step Functions event delivery with EventBridge"
  (https://docs.aws.amazon.com/step-functions/latest/dg/eventbridge-integration.html).
- GuardDuty: the `Finding` type of the GuardDuty API reference
  (https://docs.aws.amazon.com/guardduty/latest/APIReference/API_Finding.html) and
  "EventBridge event format" of GuardDuty findings.
- AWS Health: "Reference: AWS Health events Amazon EventBridge schema"
  (https://docs.aws.amazon.com/health/latest/ug/aws-health-events-eventbridge-schema.html).
- EC2 state change, scheduled events: "Amazon EC2 events" and "Creating a rule that runs on
  a schedule" in the EventBridge user guide; CodeBuild, CodePipeline, CodeDeploy and ECR: the
  go corpus fixtures.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import lambda_events
from lambda_events import (
    AutoScalingCustomTerminationPolicyEvent,
    AutoScalingCustomTerminationPolicyResponse,
    CloudWatchAlarmSNSMessage,
    ConnectOutboundCampaignsEvent,
    DocumentDBChangeEvent,
    DocumentDBOperationType,
    DynamoDBKinesisRecord,
    EventBridgeEvent,
    JSONContentError,
    KinesisStreamEvent,
    ResponseError,
    SNSEvent,
    SNSMessage,
    SQSEvent,
    converter,
)
from lambda_events.testing import sns_event, sqs_event

from ._support import (
    CORPUS_ROOTS,
    SHARED,
    assert_round_trip,
    assert_same_json,
    load_response,
    load_sample,
    structure_error,
)

STRICT = converter.copy(forbid_extra_keys=True)

SAMPLES: dict[str, type[Any]] = {
    "documentdb-insert.json": DocumentDBChangeEvent,
    "documentdb-changes.json": DocumentDBChangeEvent,
    "documentdb-collection-changes.json": DocumentDBChangeEvent,
    "autoscaling-custom-termination-policy.json": AutoScalingCustomTerminationPolicyEvent,
    "connect-outbound-campaigns.json": ConnectOutboundCampaignsEvent,
}

# sample or shared corpus file -> the detail class of EventBridgeEvent[...] it must fit
DETAILS: dict[str, str] = {
    "samples/eventbridge-ec2-state-change.json": "EC2InstanceStateChangeNotificationDetail",
    "samples/eventbridge-scheduled-event.json": "ScheduledEventDetail",
    "samples/eventbridge-stepfunctions-status-change.json": (
        "StepFunctionsExecutionStatusChangeDetail"
    ),
    "samples/eventbridge-guardduty-finding.json": "GuardDutyFindingDetail",
    "samples/eventbridge-health-event.json": "HealthEventDetail",
    "sam/cloudwatch-scheduled-event.json": "ScheduledEventDetail",
    "java/tests/cloudwatch_event.json": "ScheduledEventDetail",
    "go/autoscaling-event-launch-successful.json": "AutoScalingInstanceActivityDetail",
    "go/autoscaling-event-launch-unsuccessful.json": "AutoScalingInstanceActivityDetail",
    "go/autoscaling-event-terminate-successful.json": "AutoScalingInstanceActivityDetail",
    "go/autoscaling-event-terminate-unsuccessful.json": "AutoScalingInstanceActivityDetail",
    "go/autoscaling-event-lifecycle-action.json": "AutoScalingLifecycleActionDetail",
    "go/autoscaling-event-terminate-action.json": "AutoScalingLifecycleActionDetail",
    "go/codebuild-state-change.json": "CodeBuildStateChangeDetail",
    "go/codebuild-phase-change.json": "CodeBuildPhaseChangeDetail",
    "go/codedeploy-deployment-event.json": "CodeDeployDeploymentStateChangeDetail",
    "go/codedeploy-instance-event.json": "CodeDeployInstanceStateChangeDetail",
    "go/codepipeline-execution-state-change-event.json": "CodePipelineExecutionStateChangeDetail",
    "go/codepipeline-execution-stage-change-event.json": (
        "CodePipelineStageExecutionStateChangeDetail"
    ),
    "go/codepipeline-action-execution-stage-change-event.json": (
        "CodePipelineActionExecutionStateChangeDetail"
    ),
    "go/ecr-image-scan-event.json": "ECRImageScanDetail",
    "go/ecr-image-push-event.json": "ECRImageActionDetail",
}


def _path(rel: str) -> Path:
    root, _, name = rel.partition("/")
    if root == "samples":
        return Path(__file__).resolve().parents[1] / "samples" / "events" / name
    return CORPUS_ROOTS[root] / name


def _detail_params() -> list[Any]:
    out = []
    for rel, name in sorted(DETAILS.items()):
        marks = ()
        if not rel.startswith("samples/") and not SHARED.exists():
            marks = (pytest.mark.skip(reason="../shared is absent"),)
        out.append(pytest.param(rel, name, id=rel, marks=marks))
    return out


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_round_trips_and_is_detected(name: str) -> None:
    raw = load_sample(name)
    assert lambda_events.detect(raw) is SAMPLES[name]
    assert_round_trip(raw, SAMPLES[name])
    STRICT.structure(raw, SAMPLES[name])


@pytest.mark.parametrize(("rel", "name"), _detail_params())
def test_eventbridge_details_are_typed_strictly_and_round_trip(rel: str, name: str) -> None:
    raw = json.loads(_path(rel).read_text())
    assert lambda_events.detect(raw) is EventBridgeEvent  # detection is unchanged
    cls = EventBridgeEvent[getattr(lambda_events, name)]  # type: ignore[misc]
    event = STRICT.structure(raw, cls)
    back = converter.unstructure(event)
    assert_same_json(back, raw)
    assert converter.structure(back, cls) == event


def test_response_sample_round_trips_and_the_builder_matches_it() -> None:
    raw = load_response("autoscaling-custom-termination-policy-response.json")
    assert_round_trip(raw, AutoScalingCustomTerminationPolicyResponse)
    event = converter.structure(
        load_sample("autoscaling-custom-termination-policy.json"),
        AutoScalingCustomTerminationPolicyEvent,
    )
    ready = [i for i in event.instance_ids if i != "i-0a1b2c3d4e5f60718"]
    answer = AutoScalingCustomTerminationPolicyResponse.terminate(ready)
    assert converter.unstructure(answer) == raw
    assert converter.unstructure(AutoScalingCustomTerminationPolicyResponse.terminate([])) == {
        "InstanceIDs": []
    }
    with pytest.raises(ResponseError, match="InstanceIDs"):
        AutoScalingCustomTerminationPolicyResponse(instance_ids=("",))
    with pytest.raises(ResponseError, match="expected a list"):
        AutoScalingCustomTerminationPolicyResponse(instance_ids="i-1")  # type: ignore[arg-type]


def test_autoscaling_fields_and_open_cause() -> None:
    raw = load_sample("autoscaling-custom-termination-policy.json")
    event = converter.structure(raw, AutoScalingCustomTerminationPolicyEvent)
    assert event.cause == "SCALE_IN" and event.has_more_instances is None
    assert [c.capacity for c in event.capacity_to_terminate] == [1, 1]
    raw["Cause"], raw["HasMoreInstances"] = "FUTURE_CAUSE", True
    assert_round_trip(raw, AutoScalingCustomTerminationPolicyEvent)


def test_documentdb_operations_and_fields() -> None:
    inserted = converter.structure(load_sample("documentdb-insert.json"), DocumentDBChangeEvent)
    change = inserted.changes[0]
    assert change.operation_type is DocumentDBOperationType.INSERT
    assert change.full_document is not None and change.full_document["orderId"] == (
        "ORD-2026-004512"
    )
    assert change.cluster_time.timestamp.t.datetime.isoformat() == "2025-02-05T23:18:58+00:00"
    assert change.ns is not None and (change.ns.db, change.ns.coll) == ("shop", "orders")
    updates = converter.structure(load_sample("documentdb-changes.json"), DocumentDBChangeEvent)
    update, replace, delete = updates.changes
    assert update.update_description is not None
    assert update.update_description.updated_fields == {
        "status": "shipped",
        "shippedAt": {"$date": 1738797658000},
    }
    assert update.update_description.removed_fields == ("reservation",)
    assert update.full_document is None and replace.full_document is not None
    assert delete.document_key == {"_id": {"$oid": "67a3ef77c9b14d2e8f0a6a90"}}
    other = converter.structure(
        load_sample("documentdb-collection-changes.json"), DocumentDBChangeEvent
    )
    rename, drop, drop_database, invalidate = other.changes
    assert rename.to is not None and rename.to.coll == "carts_2025"
    assert drop.ns is not None and drop.ns.coll == "sessions"
    assert drop_database.operation_type == "dropDatabase"
    assert drop_database.ns is not None and drop_database.ns.coll is None
    assert invalidate.ns is None and invalidate.id.data.startswith("0167a40ac4")


def test_documentdb_unknown_operation_is_kept() -> None:
    raw = load_sample("documentdb-insert.json")
    raw["events"][0]["event"]["operationType"] = "shardCollection"
    event = assert_round_trip(raw, DocumentDBChangeEvent)
    assert event.changes[0].operation_type == "shardCollection"


def test_connect_outbound_campaigns_customer_data() -> None:
    event = converter.structure(
        load_sample("connect-outbound-campaigns.json"), ConnectOutboundCampaignsEvent
    )
    assert event.campaign_context.campaign_name == "Loyalty Upgrade February"
    first = event.customer_profiles[0]
    assert first.customer_data_decoded["Attributes"]["tier"] == "silver"

    @attrs.frozen
    class Customer:
        FirstName: str
        LastName: str
        PhoneNumber: str
        Attributes: dict[str, str]

    assert first.customer_data_as(Customer).LastName == "Rocha"
    broken = attrs.evolve(first, customer_data="{not json")
    with pytest.raises(JSONContentError):
        _ = broken.customer_data_decoded


@pytest.mark.parametrize(
    "path",
    [
        Path(__file__).resolve().parents[1] / "samples" / "events" / "sns-cloudwatch-alarm.json",
        *[
            pytest.param(
                CORPUS_ROOTS["go"] / f"cloudwatch-alarm-sns-payload-{kind}.json",
                marks=pytest.mark.skipif(not SHARED.exists(), reason="../shared is absent"),
            )
            for kind in ("single-metric", "multiple-metrics")
        ],
    ],
)
def test_cloudwatch_alarm_through_sns(path: Path) -> None:
    raw = json.loads(path.read_text())
    assert lambda_events.detect(raw) is SNSEvent
    event = converter.structure(raw, SNSEvent[CloudWatchAlarmSNSMessage])
    message = event.sns_message
    assert message.is_alarm and message.old_state_value in ("OK", "INSUFFICIENT_DATA")
    assert message.state_change_time.datetime.tzinfo is not None
    text = raw["Records"][0]["Sns"]["Message"]
    STRICT.structure(json.loads(text), CloudWatchAlarmSNSMessage)
    back = converter.unstructure(event)
    assert json.loads(back["Records"][0]["Sns"]["Message"]) == json.loads(text)


def test_cloudwatch_alarm_sample_fields_and_sqs_nesting() -> None:
    raw = load_sample("sns-cloudwatch-alarm.json")
    message = converter.structure(raw, SNSEvent[CloudWatchAlarmSNSMessage]).sns_message
    assert message.trigger is not None and message.trigger.unit is None
    assert [(d.name, d.value) for d in message.trigger.dimensions or ()] == [
        ("ApiName", "orders-api"),
        ("Stage", "prod"),
    ]
    assert message.alarm_actions == ("arn:aws:sns:eu-west-1:210987654321:oncall",)
    sns = converter.unstructure(sns_event(raw["Records"][0]["Sns"]["Message"]))
    body = json.dumps(sns["Records"][0]["Sns"])
    batch = converter.unstructure(sqs_event(bodies=[body]))
    typed = converter.structure(batch, SQSEvent[SNSMessage[CloudWatchAlarmSNSMessage]])
    assert typed.records[0].body.message == message


def test_dynamodb_changes_through_kinesis() -> None:
    raw = load_sample("kinesis-dynamodb-cdc.json")
    assert lambda_events.detect(raw) is KinesisStreamEvent
    assert_round_trip(raw, KinesisStreamEvent)
    event = converter.structure(raw, KinesisStreamEvent[DynamoDBKinesisRecord])
    insert, remove = (record.kinesis.data for record in event.records)
    assert insert.event_name == "INSERT" and insert.table_name == "Orders"
    assert insert.dynamodb.new_image is not None
    assert str(insert.dynamodb.new_image["total"]) == "129.90"
    assert insert.dynamodb.new_image["items"][0]["qty"] == 2
    milli = insert.dynamodb.approximate_creation_datetime.isoformat()
    micro = remove.dynamodb.approximate_creation_datetime.isoformat()
    assert milli == "2026-01-12T09:41:07.382000+00:00"
    assert micro == "2026-01-12T09:41:09.123456+00:00"
    assert remove.user_identity is not None and remove.user_identity.type == "Service"
    assert remove.dynamodb.new_image is None
    back = converter.unstructure(event)
    for original, again in zip(raw["Records"], back["Records"], strict=True):
        decoded = [json.loads(base64.b64decode(r["kinesis"]["data"])) for r in (original, again)]
        assert decoded[0] == decoded[1]


def test_secrets_and_decoded_content_of_details() -> None:
    raw = json.loads(_path("samples/eventbridge-stepfunctions-status-change.json").read_text())
    detail = converter.structure(
        raw, EventBridgeEvent[lambda_events.StepFunctionsExecutionStatusChangeDetail]
    ).detail
    assert detail.input_decoded == {"orderId": "ORD-2026-004512", "total": 129.9}
    assert detail.output_decoded is None and detail.stop_date is not None
    assert detail.stop_date.datetime.isoformat() == "2026-01-12T09:44:31.208000+00:00"
    variable = lambda_events.CodeBuildEnvironmentVariable(
        name="DB_PASSWORD", type="PLAINTEXT", value="hunter2"
    )
    assert "hunter2" not in repr(variable)


@pytest.mark.parametrize(
    ("sample", "path", "value", "message"),
    [
        (
            "documentdb-insert.json",
            ("events", 0, "event", "clusterTime", "$timestamp", "t"),
            "1738797538",
            "events[0].event.clusterTime.$timestamp.t: expected epoch seconds as a number",
        ),
        (
            "autoscaling-custom-termination-policy.json",
            ("CapacityToTerminate", 0, "Capacity"),
            "1",
            "CapacityToTerminate[0].Capacity: expected an integer, got str",
        ),
        (
            "connect-outbound-campaigns.json",
            ("Items", "CustomerProfiles", 1, "CustomerData"),
            {"FirstName": "Tiago"},
            "Items.CustomerProfiles[1].CustomerData: expected a string, got dict",
        ),
    ],
)
def test_malformed_input_names_the_wire_path(
    sample: str, path: tuple[Any, ...], value: Any, message: str
) -> None:
    raw = load_sample(sample)
    target: Any = raw
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    assert message in structure_error(raw, SAMPLES[sample])

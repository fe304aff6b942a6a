from aws_lambda_powertools.utilities.data_classes import (
    CloudFormationCustomResourceEvent,
    event_source,
)


@event_source(data_class=CloudFormationCustomResourceEvent)
def lambda_handler(event: CloudFormationCustomResourceEvent, context):
    request_type = event.request_type

    if request_type == "Create":
        return on_create(event, context)
    raise ValueError(f"Invalid request type: {request_type}")


def on_create(event: CloudFormationCustomResourceEvent, context):
    props = event.resource_properties
    physical_id = f"MyResource-{context.aws_request_id}"

    return {"PhysicalResourceId": physical_id, "Data": {"Message": f"Created with {props}"}}

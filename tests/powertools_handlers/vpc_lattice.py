from aws_lambda_powertools.utilities.data_classes import VPCLatticeEvent, event_source


@event_source(data_class=VPCLatticeEvent)
def lambda_handler(event: VPCLatticeEvent, context):
    return {
        "isBase64Encoded": False,
        "statusCode": 200,
        "headers": {"Content-Type": "application/text"},
        "body": f"Event Response to VPC Lattice: {event.raw_path} {event.body}",
    }

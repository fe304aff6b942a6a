from aws_lambda_powertools.utilities.data_classes import VPCLatticeEventV2, event_source


@event_source(data_class=VPCLatticeEventV2)
def lambda_handler(event: VPCLatticeEventV2, context):
    return {
        "isBase64Encoded": False,
        "statusCode": 200,
        "statusDescription": "200 OK",
        "headers": {"Content-Type": "application/text"},
        "body": f"VPC Lattice V2 Event: {event.body}",
    }

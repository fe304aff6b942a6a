from aws_lambda_powertools.utilities.data_classes import ALBEvent, event_source


@event_source(data_class=ALBEvent)
def lambda_handler(event: ALBEvent, context):
    if "checkout" in event.path and event.http_method == "POST":
        return {"statusCode": 200, "body": f"Hello from path: {event.path}"}
    return {"statusCode": 400, "body": "No Hello from path"}

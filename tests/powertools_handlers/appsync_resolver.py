from aws_lambda_powertools.utilities.data_classes import event_source
from aws_lambda_powertools.utilities.data_classes.appsync_resolver_event import (
    AppSyncIdentityCognito,
    AppSyncResolverEvent,
)


@event_source(data_class=AppSyncResolverEvent)
def lambda_handler(event: AppSyncResolverEvent, context):
    type_name = event.type_name
    field_name = event.field_name
    arguments = event.arguments

    # Check if the identity is Cognito-based
    username = None
    if isinstance(event.identity, AppSyncIdentityCognito):
        username = event.identity.username

    if type_name == "Query" and field_name == "listProducts":
        limit = arguments.get("limit", 10)
        products = [{"id": str(i), "store": arguments.get("storeId")} for i in range(3)]
        return {"items": products[:limit], "requestedBy": username}
    raise Exception(f"Unhandled field: {field_name} for type: {type_name}")

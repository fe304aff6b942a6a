from aws_lambda_powertools.utilities.data_classes.connect_contact_flow_event import (
    ConnectContactFlowChannel,
    ConnectContactFlowEvent,
)


def lambda_handler(event, context):
    event: ConnectContactFlowEvent = ConnectContactFlowEvent(event)
    assert event.contact_data.attributes == {"customerTier": "gold", "language": "ga-IE"}
    assert event.contact_data.channel == ConnectContactFlowChannel.VOICE

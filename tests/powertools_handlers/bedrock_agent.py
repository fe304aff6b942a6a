from aws_lambda_powertools.utilities.data_classes import BedrockAgentEvent, event_source


@event_source(data_class=BedrockAgentEvent)
def lambda_handler(event: BedrockAgentEvent, context) -> dict:
    input_text = event.input_text

    return {
        "message_version": "1.0",
        "responses": [
            {
                "action_group": event.action_group,
                "api_path": event.api_path,
                "http_method": event.http_method,
                "http_status_code": 200,
                "response_body": {"application/json": {"body": f"You said: {input_text}"}},
            },
        ],
    }

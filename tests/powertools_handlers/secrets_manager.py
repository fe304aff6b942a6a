from aws_lambda_powertools.utilities.data_classes import SecretsManagerEvent, event_source


@event_source(data_class=SecretsManagerEvent)
def lambda_handler(event: SecretsManagerEvent, context):
    # The documentation example reads the secret with the Parameters utility here
    return {"secret": event.secret_id, "version": event.version_id, "step": event.step}

from aws_lambda_powertools.utilities.data_classes import (
    S3BatchOperationEvent,
    S3BatchOperationResponse,
    event_source,
)


@event_source(data_class=S3BatchOperationEvent)
def lambda_handler(event: S3BatchOperationEvent, context):
    response = S3BatchOperationResponse(
        event.invocation_schema_version, event.invocation_id, "PermanentFailure"
    )

    task = event.task
    src_key: str = task.s3_key
    src_bucket: str = task.s3_bucket

    try:
        dest_bucket, dest_key = do_some_work(src_bucket, src_key)
        result = task.build_task_batch_response("Succeeded", f"s3://{dest_bucket}/{dest_key}")
    except Exception as e:
        result = task.build_task_batch_response("PermanentFailure", str(e))
    finally:
        response.add_result(result)

    return response.asdict()


def do_some_work(src_bucket: str, src_key: str):
    return f"{src_bucket}-copy", src_key

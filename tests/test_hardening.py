"""Hardening: redaction of every secret, limits, concurrency, and what the library never does."""

from __future__ import annotations

import ast
import base64
import io
import json
import random
import threading
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events import SQSEvent, StructureError, converter, make_converter
from lambda_events.__main__ import decoded, render
from lambda_events._model import is_secret, redaction
from lambda_events.strategies import model_classes

from ._support import SAMPLES

SECRET = "S3CR3T-do-not-log"
SRC = Path(lambda_events.__file__).parent

# Every redacted field, by class, with its policy (`_redact`): the test fails if one is added
# or removed without review. `secret` hides the value; the others hide part of it.
EXPECTED_REDACTIONS = {
    ("ALBEvent", "multi_value_query_string_parameters"): "query",
    ("ALBEvent", "query_string_parameters"): "query",
    ("ALBResponse", "headers"): "headers",
    ("ALBResponse", "multi_value_headers"): "headers",
    ("APIGatewayAuthorizerEventV2", "cookies"): "secret",
    ("APIGatewayAuthorizerEventV2", "identity_source"): "secret",
    ("APIGatewayAuthorizerEventV2", "query_string_parameters"): "query",
    ("APIGatewayAuthorizerEventV2", "raw_query_string"): "query_string",
    ("APIGatewayAuthorizerRequestEvent", "authorization_token"): "secret",
    ("APIGatewayAuthorizerRequestEvent", "identity_source"): "secret",
    ("APIGatewayAuthorizerRequestEvent", "multi_value_query_string_parameters"): "query",
    ("APIGatewayAuthorizerRequestEvent", "query_string_parameters"): "query",
    ("APIGatewayAuthorizerTokenEvent", "authorization_token"): "secret",
    ("APIGatewayEventIdentity", "api_key"): "secret",
    ("APIGatewayWebSocketEventIdentity", "api_key"): "secret",
    ("AlexaPerson", "access_token"): "secret",
    ("AlexaSystem", "api_access_token"): "secret",
    ("AlexaUser", "access_token"): "secret",
    ("AlexaUserPermissions", "consent_token"): "secret",
    ("CodeBuildEnvironmentVariable", "value"): "secret",
    ("InboundFederationTriggerEventAttributes", "token_response"): "secret",
    ("IoTCustomAuthorizerEvent", "token"): "secret",
    ("IoTMqttProtocolData", "password"): "secret",
    ("APIGatewayProxyEvent", "multi_value_query_string_parameters"): "query",
    ("APIGatewayProxyEvent", "query_string_parameters"): "query",
    ("APIGatewayProxyEventV2", "cookies"): "secret",
    ("APIGatewayProxyEventV2", "query_string_parameters"): "query",
    ("APIGatewayProxyEventV2", "raw_query_string"): "query_string",
    ("APIGatewayProxyResponse", "headers"): "headers",
    ("APIGatewayProxyResponse", "multi_value_headers"): "headers",
    ("APIGatewayProxyResponseV2", "cookies"): "secret",
    ("APIGatewayProxyResponseV2", "headers"): "headers",
    ("APIGatewayWebSocketEvent", "multi_value_query_string_parameters"): "query",
    ("APIGatewayWebSocketEvent", "query_string_parameters"): "query",
    ("AppSyncAuthorizerEvent", "authorization_token"): "secret",
    ("CloudFormationCustomResourceEvent", "old_resource_properties"): "secret",
    ("CloudFormationCustomResourceEvent", "resource_properties"): "secret",
    ("CloudFormationCustomResourceEvent", "response_url"): "secret",
    ("CodePipelineArtifactCredentials", "secret_access_key"): "secret",
    ("CodePipelineArtifactCredentials", "session_token"): "secret",
    ("CreateAuthChallengeTriggerEventRequest", "client_metadata"): "secret",
    ("CreateAuthChallengeTriggerEventResponse", "private_challenge_parameters"): "secret",
    ("CustomEmailSenderTriggerEventRequest", "client_metadata"): "secret",
    ("CustomEmailSenderTriggerEventRequest", "code"): "secret",
    ("CustomMessageTriggerEventRequest", "client_metadata"): "secret",
    ("CustomSMSSenderTriggerEventRequest", "client_metadata"): "secret",
    ("CustomSMSSenderTriggerEventRequest", "code"): "secret",
    ("DefineAuthChallengeTriggerEventRequest", "client_metadata"): "secret",
    ("LambdaFunctionUrlEvent", "cookies"): "secret",
    ("LambdaFunctionUrlEvent", "query_string_parameters"): "query",
    ("LambdaFunctionUrlEvent", "raw_query_string"): "query_string",
    ("PostAuthenticationTriggerEventRequest", "client_metadata"): "secret",
    ("PostConfirmationTriggerEventRequest", "client_metadata"): "secret",
    ("PreAuthenticationTriggerEventRequest", "client_metadata"): "secret",
    ("PreAuthenticationTriggerEventRequest", "validation_data"): "secret",
    ("PreSignUpTriggerEventRequest", "client_metadata"): "secret",
    ("PreSignUpTriggerEventRequest", "validation_data"): "secret",
    ("PreTokenGenerationTriggerEventRequest", "client_metadata"): "secret",
    ("PreTokenGenerationTriggerV2EventRequest", "client_metadata"): "secret",
    ("RequestContextClientCert", "client_cert_pem"): "secret",
    ("S3ObjectContext", "input_s3_url"): "url",
    ("S3ObjectContext", "output_token"): "secret",
    ("S3ObjectInputContext", "input_s3_url"): "url",
    ("S3ObjectUserRequest", "url"): "url",
    ("SecretsManagerEvent", "rotation_token"): "secret",
    ("TransferFamilyAuthorizer", "password"): "secret",
    ("UserMigrationTriggerEventRequest", "client_metadata"): "secret",
    ("UserMigrationTriggerEventRequest", "password"): "secret",
    ("UserMigrationTriggerEventRequest", "validation_data"): "secret",
    ("VPCLatticeEvent", "query_string_parameters"): "query",
    ("VPCLatticeEvent", "raw_path"): "url",
    ("VPCLatticeEventV2", "query_string_parameters"): "query",
    ("VPCLatticeResponse", "headers"): "headers",
    ("VerifyAuthChallengeResponseTriggerEventRequest", "challenge_answer"): "secret",
    ("VerifyAuthChallengeResponseTriggerEventRequest", "client_metadata"): "secret",
    ("VerifyAuthChallengeResponseTriggerEventRequest", "private_challenge_parameters"): "secret",
}


def _secret_fields() -> list[tuple[type, attrs.Attribute[Any]]]:
    return [(c, a) for c in model_classes() for a in attrs.fields(c) if is_secret(a)]


def test_the_list_of_redacted_fields_is_reviewed() -> None:
    found = {
        (c.__name__, a.name): redaction(a)
        for c in model_classes()
        for a in attrs.fields(c)
        if redaction(a)
    }
    assert found == EXPECTED_REDACTIONS


def _secret_value(attr: attrs.Attribute[Any]) -> Any:
    text = str(attr.type)
    if text.startswith("tuple"):
        return (SECRET,)
    if text.startswith("Mapping"):
        return {"k": SECRET}
    return SECRET


@pytest.mark.parametrize(
    ("cls", "attr"), _secret_fields(), ids=lambda v: getattr(v, "__name__", getattr(v, "name", ""))
)
def test_secrets_are_redacted_in_repr_and_cli_but_not_on_the_wire(
    cls: type, attr: attrs.Attribute[Any]
) -> None:
    @settings(max_examples=3, deadline=None)
    @given(st.from_type(cls))
    def check(obj: Any) -> None:
        obj = attrs.evolve(obj, **{attr.alias: _secret_value(attr)})
        assert SECRET not in repr(obj)
        assert SECRET not in render(obj)
        assert SECRET not in json.dumps(decoded(obj))
        assert SECRET in json.dumps(converter.unstructure(obj))

    check()


@pytest.mark.parametrize("name", ["Authorization", "cookie", "X-Api-Key", "X-Amz-Security-Token"])
def test_credential_headers_are_redacted(name: str) -> None:
    headers = lambda_events.Headers({name: SECRET, "Accept": "text/html"})
    assert SECRET not in repr(headers) and "text/html" in repr(headers)
    multi = lambda_events.MultiValueHeaders({name: (SECRET,)})
    assert SECRET not in repr(multi)


def test_cli_show_redacts_a_real_event(capsys: Any) -> None:
    from lambda_events.__main__ import main

    raw = json.loads((SAMPLES / "transfer-family-password.json").read_text())
    password = raw["password"]
    out = io.StringIO()
    assert main(["show", str(SAMPLES / "transfer-family-password.json")], out) == 0
    assert password not in out.getvalue()
    out = io.StringIO()
    assert main(["show", "--json", str(SAMPLES / "transfer-family-password.json")], out) == 0
    assert password not in out.getvalue()


# ------------------------------------------------------------------------ limits


def test_gzip_bomb_of_one_gigabyte_fails_fast() -> None:
    import time
    import tracemalloc
    import zlib

    chunk = b"\0" * (16 * 1024 * 1024)
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(chunk) for _ in range(64)]  # 1 GiB of zeros, about 1 MB packed
    bomb = base64.b64encode(b"".join(parts) + packer.flush()).decode()
    tracemalloc.start()
    started = time.perf_counter()
    event = converter.structure({"awslogs": {"data": bomb}}, lambda_events.CloudWatchLogsEvent)
    with pytest.raises(lambda_events.ContentError, match="exceeds the 33554432-byte limit"):
        event.parse_logs_data()
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 5
    assert peak < 128 * 1024 * 1024


def test_deeply_nested_json_payload_is_a_structure_error() -> None:
    @attrs.frozen
    class Payload:
        value: Any

    body = "[" * 100_000 + "]" * 100_000
    raw = json.loads((SAMPLES / "sqs.json").read_text())
    raw["Records"][0]["body"] = body
    with pytest.raises(StructureError, match=r"Records\[0\]\.body: "):
        converter.structure(raw, SQSEvent[Payload])


def test_nesting_limit_is_configurable() -> None:
    shallow = make_converter(max_depth=2)
    image = {"a": {"M": {"b": {"M": {"c": {"M": {}}}}}}}
    with pytest.raises(StructureError, match=r"a\.b\.c: nested deeper than 2 levels"):
        shallow.structure(image, lambda_events.AttributeValueMap)
    assert converter.structure(image, lambda_events.AttributeValueMap) == {"a": {"b": {"c": {}}}}


# ------------------------------------------------------------------- concurrency


def _mixed_events() -> list[tuple[Any, Any]]:
    events = []
    for path in sorted(SAMPLES.glob("*.json")):
        raw = json.loads(path.read_text())
        events.append((raw, lambda_events.detect(raw)))
    return events


def test_one_converter_shared_by_eight_threads_gives_single_thread_results() -> None:
    events = _mixed_events()
    rng = random.Random(7)
    work = [rng.choice(events) for _ in range(10_000)]
    shared = make_converter()  # fresh: hooks are generated under contention

    def run(items: list[tuple[Any, Any]], out: list[Any]) -> None:
        for raw, cls in items:
            obj = shared.structure(raw, cls)
            out.append((obj, shared.unstructure(obj, cls)))

    chunks = [work[i::8] for i in range(8)]
    results: list[list[Any]] = [[] for _ in chunks]
    threads = [
        threading.Thread(target=run, args=(c, r)) for c, r in zip(chunks, results, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    reference = make_converter()
    for chunk, result in zip(chunks, results, strict=True):
        assert len(result) == len(chunk)
        for (raw, cls), (obj, back) in zip(chunk, result, strict=True):
            assert obj == reference.structure(raw, cls)
            assert back == reference.unstructure(reference.structure(raw, cls), cls)


# ------------------------------------------------------- what the library never does


def _calls(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            names.add(node.func.id)
    return names


def _imports(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted(SRC.glob("*.py")), ids=lambda p: p.name)
def test_no_eval_no_pickle_no_network(path: Path) -> None:
    tree = ast.parse(path.read_text())
    assert "eval" not in _calls(tree)
    imports = _imports(tree)
    assert not imports & {"pickle", "marshal", "shelve", "socket", "http.client", "requests"}
    if "urllib.request" in imports:  # the one explicit exception
        assert path.name == "cloudformation.py"
    if "exec" in _calls(tree):  # compiled hook source, generated from class declarations
        assert path.name == "_converter.py"

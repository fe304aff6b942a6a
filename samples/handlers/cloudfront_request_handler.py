"""CloudFront viewer request: send visitors to their country's site, tag the rest."""

from __future__ import annotations

from typing import Any

from lambda_events import CloudFrontRequestEvent, CloudFrontResponse, converter, to_json_dict

COUNTRY_SITES = {"BR": "https://shop.example.com.br"}


def lambda_handler(event: dict[str, Any], context: object) -> dict[str, Any]:
    ev = converter.structure(event, CloudFrontRequestEvent)
    request = ev.request
    country = request.header("CloudFront-Viewer-Country") or ""
    site = COUNTRY_SITES.get(country)
    if site is not None:  # answer at the edge: CloudFront never reaches the origin
        query = f"?{request.querystring}" if request.querystring else ""
        return to_json_dict(CloudFrontResponse.redirect(f"{site}{request.uri}{query}"))
    # pass the request on, with the viewer's language for the origin
    language = (request.header("Accept-Language") or "en").split(",")[0]
    return to_json_dict(request.with_header("X-Viewer-Language", language))

"""The Python integrator's flow, through the client openapi-python-client generated from
openapi/openapi.json (package `marketguide_client`, put on PYTHONPATH by run.sh).

Reads as a storefront does them, then the whole review flow as an editor and a reviewer.
Every call goes through the generated client: a call that only works by hand (raw httpx,
a cast, a dict poked into a model) would hide exactly what this test is for.
"""

from __future__ import annotations

import datetime
import os
import sys
import traceback
from http import HTTPStatus

from marketguide_client import AuthenticatedClient, Client
from marketguide_client.api.accounts import create_token, create_user, list_users
from marketguide_client.api.changesets import (
    approve_changeset,
    create_changeset,
    get_changeset_diff,
    put_changeset_edit,
    submit_changeset,
)
from marketguide_client.api.documents import get_document
from marketguide_client.api.holidays import export_market_holidays, list_market_holidays
from marketguide_client.api.markets import get_market, list_markets
from marketguide_client.api.phrases import render_phrases
from marketguide_client.api.releases import list_releases
from marketguide_client.models import (
    ApproveRequest,
    ChangesetView,
    DocumentHistory,
    EditRequestPut,
    EditRequestPutAction,
    HolidayCalendar,
    MarketList,
    MarketProfile,
    NewChangeset,
    NewUser,
    ReleaseList,
    RenderRequest,
    RenderResponse,
    Role,
    TokenRequest,
    TokenResponse,
    UserList,
    UserView,
)

BASE = os.environ["MG_BASE_URL"]
ADMIN = os.environ["MG_ADMIN_USER"]
ADMIN_PASSWORD = os.environ["MG_ADMIN_PASSWORD"]
YEAR_START, YEAR_END = datetime.date(2026, 1, 1), datetime.date(2026, 12, 31)
# Each flow makes its own accounts and edits, so flows can share one server.
TAG = os.environ.get("MG_FLOW_TAG", "py")

checks = 0


def check(condition: bool, what: str) -> None:
    global checks
    checks += 1
    if not condition:
        raise AssertionError(what)
    print(f"ok   {what}")


def expect(response, status: int, model: type, what: str):
    """The parsed body of a response with the expected status and model type."""
    parsed = response.parsed
    ok = response.status_code == status and isinstance(parsed, model)
    got = "" if ok else f" (got {int(response.status_code)} {type(parsed).__name__}: {response.content[:300]!r})"
    check(ok, f"{what}: {status} {model.__name__}{got}")
    return parsed


def profiles(anon: Client) -> None:
    markets = expect(list_markets.sync_detailed(client=anon), 200, MarketList, "list markets")
    check(any(m.code == "JP" for m in markets.items), "JP is among the markets")

    first = get_market.sync_detailed("JP", client=anon, lang="zh-CN")
    profile = expect(first, 200, MarketProfile, "JP in zh-CN")
    check(first.headers.get("content-language") == "zh-CN", "Content-Language: zh-CN")
    check(profile.locale == "zh-CN", "profile locale zh-CN")
    etag = first.headers.get("etag")
    check(bool(etag), "profile has an ETag")
    again = get_market.sync_detailed("JP", client=anon, lang="zh-CN", if_none_match=etag)
    check(again.status_code == HTTPStatus.NOT_MODIFIED, f"If-None-Match gives 304 (got {int(again.status_code)})")



def holidays(anon: Client) -> None:
    calendar = expect(
        list_market_holidays.sync_detailed(
            "CN", client=anon, from_=YEAR_START, to=YEAR_END, lang="zh-CN"
        ),
        200,
        HolidayCalendar,
        "CN holidays as JSON",
    )
    check(len(calendar.items) > 0 and all(h.market == "CN" for h in calendar.items), "CN holidays listed")



def holidays_ics(anon: Client) -> None:
    ics = export_market_holidays.sync_detailed("CN", client=anon, from_=YEAR_START, to=YEAR_END)
    text = expect(ics, 200, str, "CN holidays as iCalendar")
    check(text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text, "the .ics is a calendar with events")
    check(ics.headers.get("content-type", "").startswith("text/calendar"), "served as text/calendar")



def render(anon: Client) -> None:
    args = RenderRequest.from_dict(
        {
            "locale": "ja-JP",
            "messages": ["greeting"],
            "args": {"buyer_name": "田中", "salutation": "formal", "buyer_status": "returning"},
        }
    )
    rendered = expect(
        render_phrases.sync_detailed("customer-service", client=anon, body=args),
        200,
        RenderResponse,
        "render customer-service/greeting in ja-JP",
    )
    check(
        len(rendered.results) == 1 and "田中" in rendered.results[0].text,
        f"the rendered greeting names the buyer: {rendered.results[0].text if rendered.results else None!r}",
    )


def login(anon: Client, username: str, password: str) -> AuthenticatedClient:
    token = expect(
        create_token.sync_detailed(client=anon, body=TokenRequest(username=username, password=password)),
        200,
        TokenResponse,
        f"token for {username}",
    )
    return AuthenticatedClient(base_url=BASE, token=token.access_token)


def review_flow(anon: Client) -> None:
    admin = login(anon, ADMIN, ADMIN_PASSWORD)
    editor_name, reviewer_name = f"{TAG}-editor", f"{TAG}-reviewer"
    password = f"{TAG} contract passphrase"
    for name, role in ((editor_name, Role("editor")), (reviewer_name, Role("reviewer"))):
        expect(
            create_user.sync_detailed(client=admin, body=NewUser(username=name, password=password, role=role)),
            201,
            UserView,
            f"create {role.value} {name}",
        )
    users = expect(list_users.sync_detailed(client=admin), 200, UserList, "list users")
    check({editor_name, reviewer_name} <= {u.username for u in users.items}, "both accounts are listed")

    editor = login(anon, editor_name, password)
    reviewer = login(anon, reviewer_name, password)

    key = "text/en-US/market/JP"
    document = expect(get_document.sync_detailed(key, client=editor), 200, DocumentHistory, f"read {key}")
    marker = f"(Checked by the {TAG} contract flow.)"
    lines = document.content.splitlines(keepends=True)
    edited = "".join(
        line.rstrip("\n") + f" {marker}\n" if line.startswith("market-summary =") else line for line in lines
    )
    check(edited != document.content, "the edit changes market-summary")

    opened = create_changeset.sync_detailed(client=editor, body=NewChangeset(title=f"{TAG}: JP summary"))
    changeset = expect(opened, 201, ChangesetView, "open a changeset")
    check(opened.headers.get("etag") == changeset.etag, "ETag header equals the body's etag")

    edit = EditRequestPut(
        document=key, content=edited, action=EditRequestPutAction("put"), base_revision=document.head_revision
    )
    changed = put_changeset_edit.sync_detailed(changeset.number, client=editor, body=edit, if_match=changeset.etag)
    changeset = expect(changed, 200, ChangesetView, "edit with If-Match")
    check(len(changeset.edits) == 1, "the changeset has one edit")

    stale = put_changeset_edit.sync_detailed(changeset.number, client=editor, body=edit, if_match='"stale"')
    check(stale.status_code == HTTPStatus.PRECONDITION_FAILED, f"a stale If-Match is 412 (got {int(stale.status_code)})")

    diff = get_changeset_diff.sync_detailed(changeset.number, client=editor)
    check(diff.status_code == 200 and diff.parsed is not None and len(diff.parsed.items) == 1, "the diff has the edit")

    changeset = expect(
        submit_changeset.sync_detailed(changeset.number, client=editor, if_match=changeset.etag),
        200,
        ChangesetView,
        "submit",
    )
    own = approve_changeset.sync_detailed(changeset.number, client=editor, body=ApproveRequest(comment="mine"))
    check(own.status_code == HTTPStatus.FORBIDDEN, f"the author cannot approve (got {int(own.status_code)})")
    approved = expect(
        approve_changeset.sync_detailed(
            changeset.number, client=reviewer, body=ApproveRequest(comment="Looks right."), if_match=changeset.etag
        ),
        200,
        ChangesetView,
        "approve by another user",
    )
    release = approved.release
    check(isinstance(release, int), f"approval published release {release}")

    releases = expect(list_releases.sync_detailed(client=anon), 200, ReleaseList, "list releases")
    check(releases.items[0].number == release, "the new release is the newest")
    profile = expect(get_market.sync_detailed("JP", client=anon, lang="en-US"), 200, MarketProfile, "JP after release")
    check(profile.release == release, f"reads serve release {release}")
    check(marker in profile.summary, "the edited summary is served")


def main() -> int:
    anon = Client(base_url=BASE)
    failed = []
    # Each part runs even when an earlier one failed, so one run shows every break.
    for part in (profiles, holidays, holidays_ics, render, review_flow):
        try:
            part(anon)
        except Exception as error:
            failed.append(part.__name__)
            traceback.print_exc()
            print(f"FAIL {part.__name__}: {type(error).__name__}: {error}")
    print(f"python flow: {checks} checks passed, failed parts: {', '.join(failed) or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

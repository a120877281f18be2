"""The local REST API (FastAPI): people, enrollment, identify/verify, events, models, health.

Off by default. When on it binds to 127.0.0.1 unless configured otherwise, and every request
needs a bearer token made with ``faceapp api-token create`` (the gallery keeps its hash). Each
request is written to the event log as an ``api`` event naming the token; admin actions go
through the same :class:`~faceapp.app.admin.AdminService` as the CLI and the GUI, audited with
``source = "api"``. Repeated wrong tokens from one address are refused for a while (429).
Errors are 4xx with ``{"error": "..."}`` and change nothing. OpenAPI docs: ``/docs``.

Detection, embedding and database writes block for milliseconds to seconds, so the ``async``
endpoints (those that read uploads) hand that work to the thread pool, as FastAPI does with the
plain ones: one enrollment must not hold up every other request.
"""

# No ``from __future__ import annotations`` here: FastAPI reads the endpoints' annotations at
# run time, and the token dependency is a local name of create_app.
import dataclasses
import io
import threading
import time
from collections import deque
from typing import Annotated

from fastapi import Depends, FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from faceapp.app.system import Kiosk
from faceapp.config import ApiConfig
from faceapp.core.errors import (
    DuplicateFaceError,
    FaceAppError,
    ImageError,
    NoFaceError,
    NotFoundError,
)
from faceapp.core.gallery import Person, PersonDetails
from faceapp.core.images import NamedImage, decode_image

VIA = "api"
FAILURES_ALLOWED = 5  # wrong tokens from one address within FAILURE_WINDOW_S ...
FAILURE_WINDOW_S = 60.0
LOCKOUT_S = 60.0  # ... then that address is refused this long


def status_for(e: FaceAppError) -> int:
    """The HTTP status that says what kind of input error it was."""
    if isinstance(e, NotFoundError):
        return 404
    if isinstance(e, DuplicateFaceError):
        return 409
    if isinstance(e, ImageError):
        return 415
    if isinstance(e, NoFaceError):
        return 422
    if "locked" in str(e):
        return 503
    return 400


class FailedTokens:
    """Wrong tokens per client address; too many in a minute lock that address out."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fails: dict[str, deque[float]] = {}
        self._until: dict[str, float] = {}

    def locked_for(self, who: str) -> float:
        with self._lock:
            return max(0.0, self._until.get(who, 0.0) - time.monotonic())

    def failed(self, who: str) -> None:
        now = time.monotonic()
        with self._lock:
            q = self._fails.setdefault(who, deque())
            q.append(now)
            while q and now - q[0] > FAILURE_WINDOW_S:
                q.popleft()
            if len(q) >= FAILURES_ALLOWED:
                self._until[who] = now + LOCKOUT_S
                q.clear()


class PersonEdit(BaseModel):
    """Fields to change; those left out stay as they are."""

    name: str | None = None
    external_id: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    notes: str | None = None
    enabled: bool | None = None


def person_json(p: Person) -> dict:
    return dataclasses.asdict(p)


def create_app(kiosk: Kiosk, settings: ApiConfig | None = None) -> FastAPI:
    """The API over one running kiosk (its gallery, model and security level)."""
    settings = settings or ApiConfig()
    limit = int(settings.max_upload_mb * 1024 * 1024)
    failures = FailedTokens()
    bearer = HTTPBearer(auto_error=False)
    app = FastAPI(
        title="EdgeFace kiosk",
        description="Local API of a face-recognition door kiosk. Every request needs "
        "`Authorization: Bearer <token>` (`faceapp api-token create NAME`).",
        version=_version(),
    )

    def admin():
        return kiosk.admin(VIA)

    def token(
        request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> str:
        who = request.client.host if request.client else "?"
        wait = failures.locked_for(who)
        if wait > 0:
            raise HTTPException(
                429,
                f"too many wrong tokens; try again in {wait:.0f} s",
                headers={"Retry-After": str(int(wait) + 1)},
            )
        row = kiosk.gallery.check_token(creds.credentials) if creds else None
        if row is None:
            failures.failed(who)
            raise HTTPException(
                401, "missing or wrong API token", headers={"WWW-Authenticate": "Bearer"}
            )
        request.state.token = row["name"]
        return row["name"]

    Token = Annotated[str, Depends(token)]

    @app.middleware("http")
    async def size_and_audit(request: Request, call_next):
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            return JSONResponse(
                {"error": f"upload too large (limit {settings.max_upload_mb:g} MB)"}, 413
            )
        response = await call_next(request)
        who = getattr(request.state, "token", None)
        if who is not None:
            try:
                route = request.scope.get("route")
                path = getattr(route, "path", request.url.path)
                await run_in_threadpool(
                    admin().api_used, who, request.method, path, response.status_code
                )
            except FaceAppError:  # a full or locked log must not fail the request
                pass
        return response

    @app.exception_handler(FaceAppError)
    async def face_app_error(request: Request, e: FaceAppError):
        return JSONResponse({"error": str(e)}, status_for(e))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, e: StarletteHTTPException):
        return JSONResponse({"error": e.detail}, e.status_code, headers=e.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, e: RequestValidationError):
        where = "; ".join(
            f"{'.'.join(str(x) for x in err['loc'][1:]) or 'body'}: {err['msg']}"
            for err in e.errors()
        )
        return JSONResponse({"error": f"invalid request ({where})"}, 422)

    async def photo(upload: UploadFile) -> NamedImage:
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise HTTPException(413, f"upload too large (limit {settings.max_upload_mb:g} MB)")
        name = upload.filename or "upload"
        return NamedImage(name, decode_image(data, name))

    # -- health ---------------------------------------------------------------------------
    @app.get("/api/health", summary="Is the kiosk up: model, gallery size, threshold")
    def health(_: Token) -> dict:
        rec = kiosk.recognizer
        return {
            "ok": True,
            "model": rec.model_name,
            "people": rec.people_count,
            "templates": len(rec.matcher),
            "threshold": round(rec.threshold, 4),
            "gallery_needs_update": rec.stale_templates > 0,
        }

    @app.post("/api/self-test", summary="Run the installation self-test")
    def self_test(_: Token) -> dict:
        from faceapp.selftest import run_self_test

        return run_self_test(str(kiosk.recognizer.pipeline.embedder.path))

    # -- people ---------------------------------------------------------------------------
    @app.get("/api/people", summary="Enrolled people")
    def people(_: Token, search: str = "") -> list[dict]:
        return [person_json(p) for p in kiosk.gallery.people(search)]

    @app.get("/api/people/{key}", summary="One person by id, external id or name")
    def person(key: str, _: Token) -> dict:
        return person_json(kiosk.gallery.person(key))

    @app.post("/api/people", status_code=201, summary="Enroll a person from photos")
    async def create_person(
        _: Token,
        name: Annotated[str, Form()],
        photos: Annotated[list[UploadFile], File(description="one face each")],
        external_id: Annotated[str | None, Form()] = None,
        valid_from: Annotated[str | None, Form()] = None,
        valid_until: Annotated[str | None, Form()] = None,
        notes: Annotated[str, Form()] = "",
        allow_duplicate: Annotated[bool, Form()] = False,
    ) -> dict:
        images = [await photo(u) for u in photos]
        details = PersonDetails(name, external_id or None, valid_from, valid_until, notes)
        return await run_in_threadpool(_enroll, details, images, allow_duplicate, None)

    @app.post("/api/people/{key}/photos", summary="Re-enroll a person from new photos")
    async def reenroll(
        key: str,
        _: Token,
        photos: Annotated[list[UploadFile], File(description="one face each")],
    ) -> dict:
        images = [await photo(u) for u in photos]
        p = await run_in_threadpool(kiosk.gallery.person, key)
        return await run_in_threadpool(_enroll, p.details, images, True, p)

    def _enroll(details, images, allow_duplicate, person) -> dict:
        report = admin().enroll_photos(details, images, allow_duplicate, person)
        return {
            "person": person_json(kiosk.gallery.person(report.person_id)),
            "enrolled": report.accepted,
            "rejected": report.rejected,
        }

    @app.patch("/api/people/{key}", summary="Change a person's details")
    def edit_person(key: str, edit: PersonEdit, _: Token) -> dict:
        p = kiosk.gallery.person(key)
        given = {k: v for k, v in edit.model_dump().items() if v is not None}
        changes = admin().edit(p, dataclasses.replace(p.details, **given))
        return {"person": person_json(kiosk.gallery.person(p.id)), "changed": sorted(changes)}

    @app.post("/api/people/{key}/enable", summary="Let a person in again")
    def enable(key: str, _: Token) -> dict:
        return _set_enabled(key, True)

    @app.post("/api/people/{key}/disable", summary="Keep a person out (data kept)")
    def disable(key: str, _: Token) -> dict:
        return _set_enabled(key, False)

    def _set_enabled(key: str, on: bool) -> dict:
        p = kiosk.gallery.person(key)
        admin().set_enabled(p, on)
        return person_json(kiosk.gallery.person(p.id))

    @app.delete("/api/people/{key}", summary="Delete a person with all their data")
    def delete_person(key: str, _: Token) -> dict:
        p = kiosk.gallery.person(key)
        admin().delete(p)
        return {"deleted": p.id, "name": p.name}

    # -- recognition ----------------------------------------------------------------------
    @app.post("/api/identify", summary="Who is in a photo (the CLI's JSON)")
    async def identify(
        _: Token, photo_file: Annotated[UploadFile, File(alias="photo")], top: int = 5
    ) -> dict:
        image = await photo(photo_file)
        ident = await run_in_threadpool(kiosk.recognizer.identify_photo, image, top)
        if ident.decision == "no_face":
            raise NoFaceError(ident.reason, image.name)
        return ident.to_dict()

    @app.post("/api/verify", summary="Are two photos the same person")
    async def verify(
        _: Token,
        photo_a: Annotated[UploadFile, File()],
        photo_b: Annotated[UploadFile, File()],
    ) -> dict:
        a, b = await photo(photo_a), await photo(photo_b)
        rec = kiosk.recognizer
        score, same = await run_in_threadpool(rec.verify_photos, a, b)
        return {"score": round(score, 4), "same": same, "threshold": rec.threshold}

    # -- events and models ----------------------------------------------------------------
    def filtered_events(
        since: str | None = None,
        until: str | None = None,
        decision: str | None = None,
        kind: str | None = None,
        person: str | None = None,
        limit: int = 100,
    ) -> list[dict]:
        """The event log's rows for the query's filters (the JSON and CSV answers share it)."""
        limit = max(1, min(limit, 100_000))
        return kiosk.gallery.events(since, until, decision, person, limit, kind=kind)

    Events = Annotated[list[dict], Depends(filtered_events)]

    @app.get("/api/events", summary="The event log, newest first, filtered")
    def events(_: Token, rows: Events) -> list[dict]:
        return rows

    @app.get("/api/events.csv", response_class=PlainTextResponse, summary="The same as CSV")
    def events_csv(_: Token, rows: Events) -> PlainTextResponse:
        from faceapp.core.events_export import write_events_csv

        out = io.StringIO()
        write_events_csv(rows, out)
        return PlainTextResponse(out.getvalue(), media_type="text/csv")

    @app.get("/api/models", summary="Installed models")
    def models(_: Token) -> list[dict]:
        from faceapp.app.models import installed_models

        running = kiosk.recognizer.pipeline.embedder.path.resolve()
        return [
            {
                "name": c.name,
                "file": str(p),
                "quantization": c.quantization,
                "running": p.resolve() == running,
            }
            for p, c in installed_models()
        ]

    @app.get("/api/models/running", summary="The model the kiosk runs now")
    def running_model(_: Token) -> dict:
        rec = kiosk.recognizer
        card = rec.pipeline.embedder.card
        return {
            "name": card.name,
            "file": str(rec.pipeline.embedder.path),
            "quantization": card.quantization,
            "threshold": round(rec.threshold, 4),
            "security": rec.current.describe(),
        }

    return app


def _version() -> str:
    from faceapp import __version__

    return __version__


class ApiServer:
    """uvicorn serving :func:`create_app` on its own thread (beside the kiosk screen, or as
    ``faceapp serve``'s only work); ``stop`` ends it."""

    def __init__(self, kiosk: Kiosk, settings: ApiConfig) -> None:
        import uvicorn

        self.settings = settings
        config = uvicorn.Config(
            create_app(kiosk, settings),
            host=settings.host,
            port=settings.port,
            log_level="warning",
            access_log=False,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="api", daemon=True)

    def start(self, timeout: float = 10.0) -> "ApiServer":
        self.thread.start()
        end = time.monotonic() + timeout
        while not self.server.started and self.thread.is_alive() and time.monotonic() < end:
            time.sleep(0.02)
        if not self.server.started:
            raise FaceAppError(
                f"the API could not start on {self.settings.host}:{self.settings.port} "
                "(port in use?)"
            )
        return self

    @property
    def url(self) -> str:
        return f"http://{self.settings.host}:{self.settings.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)

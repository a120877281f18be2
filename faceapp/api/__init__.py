"""The local REST API: a third front end over the application layer (FastAPI + uvicorn)."""

# planbot's HTTP server (web page, /api/ask, DingTalk and WeCom callbacks) with the bundled sample
# plans indexed and the embedding model converted at build time, so a container starts ready.
#
#   docker build -t planbot .
#   docker run --rm -p 8080:8080 -e PLANBOT_API_TOKEN=change-me planbot
#
# Platform secrets (PLANBOT_DINGTALK_APP_SECRET, PLANBOT_WECOM_*) are given at run time, never baked in.
# The Debian release is pinned with the tag (bookworm), so a rebuild cannot jump to the next one;
# pin the digest too once it is verified against the registry:
#   docker buildx imagetools inspect python:3.11-slim-bookworm --format '{{json .Manifest.Digest}}'
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PLANBOT_HOME=/var/lib/planbot

# CPU-only torch from PyTorch's own index: the PyPI wheel would pull gigabytes of CUDA libraries.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

WORKDIR /src

# The dependencies get a layer of their own, so a code change does not reinstall them.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY . .
RUN pip install --no-deps . \
    && groupadd --system --gid 10001 planbot \
    && useradd --system --uid 10001 --gid planbot --home-dir "$PLANBOT_HOME" --create-home --shell /usr/sbin/nologin planbot

USER 10001:10001
WORKDIR /var/lib/planbot

# The index of the sample plans; the embedding model is converted into $PLANBOT_HOME/models on the way.
RUN planbot ingest

EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4)"]
CMD ["planbot", "serve", "--host", "0.0.0.0", "--port", "8080"]

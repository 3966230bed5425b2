# Concord's service image: CPU-only PyTorch, runtime dependencies only, the shipped model inside.
#
# Users:  docker build -t concord .
#         (wheels from PyPI; torch's CPU build from the PyTorch CPU index)
# Offline (CI, .ci/docker-check):
#         docker build --network none --build-arg BASE_IMAGE=concord-base:bookworm \
#                      --build-arg WHEELS=build/wheels -t concord .
#         (every wheel from a folder inside the build context; pip never touches a network)
#
# Only `python3` is used, never `python`: Debian's own Python (the offline base) has no `python`.

ARG BASE_IMAGE=python:3.11-slim

FROM ${BASE_IMAGE} AS deps
# A folder of pre-downloaded wheels, relative to the build context; empty means "use an index".
ARG WHEELS=
# Where torch's CPU-only build comes from when WHEELS is empty; PyPI's default build carries CUDA.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
COPY requirements.txt /tmp/requirements.txt
# COPY needs a source even when WHEELS is empty; requirements.txt stands in and is never read there.
COPY ${WHEELS:-requirements.txt} /tmp/wheels/
RUN python3 -m venv /opt/venv \
 && if [ -n "$WHEELS" ]; then \
        /opt/venv/bin/pip install --no-index --find-links /tmp/wheels -r /tmp/requirements.txt; \
    else \
        TORCH_PIN="$(grep -E '^torch==' /tmp/requirements.txt)" \
        && /opt/venv/bin/pip install --index-url "$TORCH_INDEX" "$TORCH_PIN" \
        && /opt/venv/bin/pip install -r /tmp/requirements.txt; \
    fi \
 && /opt/venv/bin/python -c "import torch; assert not torch.version.cuda, torch.version.cuda"
# torch's C++ headers and its own test programs (about 190 MB) serve no inference; this stage's
# layers are thrown away, only the final /opt/venv is copied on.
RUN site="$(/opt/venv/bin/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')" \
 && rm -rf "$site/torch/include" "$site/torch/test" \
 && find "$site/torch/bin" \( -name 'test_*' -o -name '*Test' \) -delete \
 && /opt/venv/bin/python -c "import torch; torch.nn.LSTM(4, 4, bidirectional=True)(torch.zeros(1, 2, 4))"

FROM ${BASE_IMAGE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UVICORN_HOST=0.0.0.0 \
    UVICORN_PORT=8000
RUN useradd --system --uid 10001 --user-group --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin concord
COPY --from=deps /opt/venv /opt/venv
WORKDIR /app
COPY app/ app/
COPY model/ model/
USER concord
EXPOSE 8000
# /ready answers 200 once the model is loaded; plain urllib, so the image needs no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python3", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/ready' % os.environ.get('UVICORN_PORT', '8000'), timeout=4)"]
# uvicorn is PID 1 and gets SIGTERM itself: it stops accepting, lets in-flight checks finish
# (up to 20 s), runs the lifespan shutdown and exits 0. Host, port and workers come from
# UVICORN_HOST / UVICORN_PORT / UVICORN_WORKERS.
STOPSIGNAL SIGTERM
CMD ["uvicorn", "app.main:app", "--timeout-graceful-shutdown", "20"]

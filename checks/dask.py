"""Checking on a ``dask.distributed`` cluster: the CLI's ``--dask`` and a Python API.

``factlint check ... --dask tcp://scheduler:8786`` (or ``--dask local`` for a
``LocalCluster`` of ``--jobs`` worker processes) sends batches of documents to the
cluster's workers and gathers the results in order, so the report is the same as a local
run's. Each worker builds its checker once (rule packs, unit registry, rates) and keeps it
for every batch it receives. Documents are read where they are: a file path must be
readable by the workers (a shared file system); archive rows travel with their text.

For users who already run Dask::

    import dask.bag as db
    from checks.dask import check_bag, claims_frame
    results = check_bag(db.from_sequence(paths, npartitions=64))   # a bag of DocumentResult
    claims = claims_frame(ddf, text_column="body", id_column="url")  # a dask DataFrame
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from checks.archive import Columns, _row
from checks.errors import ConfigError
from checks.findings import DocumentResult
from checks.options import CheckOptions
from checks.parallel import CheckerFactory, Task, run_chunk
from checks.streaming import CLAIM_FIELDS, claim_records

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd
    from distributed import Client, Future, LocalCluster

# distributed (an optional dependency: the dask extra) and pandas (about 0.3 s) are
# imported where they are used


def _client(address: str, workers: int) -> tuple[Client, LocalCluster | None]:
    """A distributed Client: to the scheduler at ``address``, or a new LocalCluster."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--dask needs dask.distributed "
                          "(pip install 'factlint[dask]')") from None
    if address == "local":
        # (its workers' own log lines, such as a heartbeat that meets the scheduler
        # already closed at the end of the run, are not the user's concern: a failed
        # task's error still comes back with its result)
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                               processes=True, dashboard_address=None,
                               silence_logs=logging.CRITICAL)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="30s"), None
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"--dask {address}: cannot reach the scheduler ({exc})") from None


class DaskExecutor:
    """Run batches of tasks on a dask.distributed cluster (the checks.parallel protocol)."""

    def __init__(self, address: str, workers: int = 2, factory: CheckerFactory | None = None,
                 client: Client | None = None):
        self.cluster: LocalCluster | None
        self.factory = factory
        if client is not None:
            self.client, self.cluster, self.own = client, None, False
        else:
            (self.client, self.cluster), self.own = _client(address, workers), True

    def submit(self, batch: list[Task]) -> Future[list[DocumentResult]]:
        """Send a batch to a worker."""
        return self.client.submit(run_chunk, batch, self.factory, pure=False)

    def result(self, handle: Future[list[DocumentResult]]) -> list[DocumentResult]:
        """Wait for a batch's results."""
        return handle.result()

    def close(self) -> None:
        """Close the client, and the cluster when this executor started it."""
        if self.own:
            self.client.close()
            if self.cluster is not None:
                self.cluster.close()


def _check_partition(items: Iterable[str | tuple[object, str] | tuple[object, str, dt.date]],
                     options: CheckOptions, fmt: str) -> list[DocumentResult]:
    """Check a partition of a bag: paths (str) or (id, text) / (id, text, date) tuples."""
    tasks = []
    for item in items:
        if isinstance(item, str):
            tasks.append(Task(item, options))
        else:
            ident, text, *date = item
            tasks.append(Task(str(ident), options, text=text, fmt=fmt,
                              as_of=date[0] if date else None))
    return run_chunk(tasks)


def check_bag(bag: dask.bag.Bag, options: CheckOptions | None = None, fmt: str = "text"
              ) -> dask.bag.Bag:
    """Map the checker over a dask bag of paths or ``(id, text[, date])`` tuples.

    Returns a bag of DocumentResult, in the bag's order.
    """
    options = options or CheckOptions()
    out: dask.bag.Bag = bag.map_partitions(_check_partition, options, fmt)
    return out


def _claims_partition(df: pd.DataFrame, text_column: str, id_column: str | None,
                      date_column: str | None, options: CheckOptions, fmt: str
                      ) -> pd.DataFrame:
    import pandas as pd

    columns = Columns(text_column, id_column, date_column, fmt)
    tasks = []
    for n, record in enumerate(df.to_dict("records")):
        row = _row(record, columns, "<dataframe>", f"row {n + 1}")
        tasks.append(Task(row.id, options, text=row.text, fmt=fmt, as_of=row.as_of,
                          error=row.error))
    records = [r for result in run_chunk(tasks) for r in claim_records(result)]
    return pd.DataFrame(records, columns=list(CLAIM_FIELDS))


def claims_frame(ddf: dask.dataframe.DataFrame, text_column: str, id_column: str | None = None,
                 date_column: str | None = None, options: CheckOptions | None = None,
                 fmt: str = "text") -> dask.dataframe.DataFrame:
    """Map the checker over a dask DataFrame of articles: a dask DataFrame of claims,
    one row per claim with the columns of ``factlint check --format jsonl``."""
    import pandas as pd

    options = options or CheckOptions()
    meta = pd.DataFrame({c: pd.Series(dtype="object") for c in CLAIM_FIELDS})
    out: dask.dataframe.DataFrame = ddf.map_partitions(
        _claims_partition, text_column, id_column, date_column, options, fmt, meta=meta)
    return out

# corpus: cwe=22 label=safe
"""Downloads API: public datasets and legal documents."""
import os
from enum import Enum

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()

DATA_ROOT = "/srv/opendata"


class Format(str, Enum):
    csv = "csv"
    parquet = "parquet"


DATASETS = {
    "air-quality-2023": "air_quality/2023",
    "traffic-counts": "traffic/counts",
    "bike-share": "mobility/bike_share",
}


def dataset_file(dataset_id: str, fmt: Format) -> str:
    relative = DATASETS.get(dataset_id)
    if relative is None:
        raise HTTPException(status_code=404, detail="unknown dataset")
    return os.path.join(DATA_ROOT, relative, "latest." + fmt.value)


@app.get("/datasets/{dataset_id}")
def download_dataset(dataset_id: str, fmt: Format = Format.csv):
    path = dataset_file(dataset_id, fmt)
    if not os.path.exists(path):
        raise HTTPException(status_code=404, detail="not yet published")
    return FileResponse(path, filename=f"{dataset_id}.{fmt.value}")


@app.get("/legal/{document}")
def legal(document: str):
    documents = {"terms": "terms_of_use.pdf", "privacy": "privacy_notice.pdf"}
    if document not in documents:
        raise HTTPException(status_code=404)
    return FileResponse(os.path.join(DATA_ROOT, "legal", documents[document]))

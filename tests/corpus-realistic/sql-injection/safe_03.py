# corpus: cwe=89 label=safe
import os
from typing import List

import asyncpg
from fastapi import Depends, FastAPI, Query
from pydantic import BaseModel

app = FastAPI(title="catalog")

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/catalog")


class Product(BaseModel):
    id: int
    name: str
    category: str
    price_cents: int


async def get_pool() -> asyncpg.Pool:
    if not hasattr(app.state, "pool"):
        app.state.pool = await asyncpg.create_pool(DATABASE_URL, min_size=1, max_size=5)
    return app.state.pool


class ProductRepository:
    base_select = "SELECT id, name, category, price_cents FROM products"

    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def by_category(self, category: str, max_price: int) -> List[Product]:
        sql = f"{self.base_select} WHERE category = $1 AND price_cents <= $2 ORDER BY name LIMIT 50"
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(sql, category, max_price)
        return [Product(**dict(r)) for r in rows]

    async def search(self, term: str) -> List[Product]:
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(
                self.base_select + " WHERE name ILIKE '%' || $1 || '%' ORDER BY name LIMIT 20",
                term,
            )
        return [Product(**dict(r)) for r in rows]


async def get_repo(pool: asyncpg.Pool = Depends(get_pool)) -> ProductRepository:
    return ProductRepository(pool)


@app.get("/products", response_model=List[Product])
async def list_products(
    category: str = Query(..., min_length=1),
    max_price: int = Query(100_000, ge=0),
    repo: ProductRepository = Depends(get_repo),
):
    return await repo.by_category(category, max_price)


@app.get("/products/search", response_model=List[Product])
async def search_products(q: str = Query(..., min_length=2), repo: ProductRepository = Depends(get_repo)):
    return await repo.search(q)

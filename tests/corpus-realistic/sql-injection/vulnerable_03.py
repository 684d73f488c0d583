# corpus: cwe=89 label=vulnerable
import os
from typing import List, Optional

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


PRODUCT_SQL = (
    "SELECT id, name, category, price_cents FROM products "
    "WHERE category = '{category}' AND price_cents <= {max_price} "
    "ORDER BY name LIMIT 50"
)


class ProductRepository:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def by_category(self, category: str, max_price: int) -> List[Product]:
        sql = PRODUCT_SQL.format(category=category, max_price=max_price)
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(sql)
        return [Product(**dict(r)) for r in rows]

    async def by_id(self, product_id: int) -> Optional[Product]:
        async with self.pool.acquire() as conn:
            row = await conn.fetchrow(
                "SELECT id, name, category, price_cents FROM products WHERE id = $1",
                product_id,
            )
        return Product(**dict(row)) if row else None


async def get_repo(pool: asyncpg.Pool = Depends(get_pool)) -> ProductRepository:
    return ProductRepository(pool)


@app.get("/products", response_model=List[Product])
async def list_products(
    category: str = Query(..., min_length=1),
    max_price: int = Query(100_000, ge=0),
    repo: ProductRepository = Depends(get_repo),
):
    return await repo.by_category(category, max_price)


@app.get("/products/{product_id}", response_model=Optional[Product])
async def get_product(product_id: int, repo: ProductRepository = Depends(get_repo)):
    return await repo.by_id(product_id)

# corpus: cwe=89 label=safe
import os
from typing import Literal

import psycopg
from fastapi import FastAPI, HTTPException, Query
from psycopg import sql

app = FastAPI()
DSN = os.environ.get("LEADERBOARD_DSN", "postgresql://localhost/games")

SORT_COLUMNS = {
    "score": "total_score",
    "wins": "wins",
    "recent": "last_played_at",
}


def leaderboard(conn, game_id, column, descending, limit):
    query = sql.SQL(
        "SELECT player, total_score, wins, last_played_at FROM standings "
        "WHERE game_id = %s ORDER BY {col} {direction} LIMIT %s"
    ).format(
        col=sql.Identifier(column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    with conn.cursor() as cur:
        cur.execute(query, (game_id, limit))
        names = [d.name for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


@app.get("/games/{game_id}/leaderboard")
def get_leaderboard(
    game_id: int,
    sort: str = Query("score"),
    direction: Literal["asc", "desc"] = "desc",
    limit: int = Query(10, ge=1, le=100),
):
    try:
        column = SORT_COLUMNS[sort]
    except KeyError:
        raise HTTPException(status_code=400, detail=f"unsupported sort: {sort!r}")
    with psycopg.connect(DSN) as conn:
        rows = leaderboard(conn, game_id, column, direction == "desc", limit)
    return {"game": game_id, "sort": sort, "rows": rows}

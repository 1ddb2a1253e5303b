"""Counts the SQL statements the peer runs per request, for each benchmark document.

Executes the documents in process (no HTTP) for users drawn as check.py draws them, with a
pool that counts its calls, and prints how many requests took how many statements.

Usage: .venv/bin/python statements.py DATABASE_URL [--users 20]
"""

import argparse
import asyncio
from collections import Counter

import asyncpg

import check
from app import Context
from loaders import Loaders
from schema import schema


class CountingPool:
    """The pool's query methods, counted."""

    def __init__(self, pool):
        self.pool = pool
        self.count = 0

    async def fetch(self, *arguments):
        self.count += 1
        return await self.pool.fetch(*arguments)

    async def fetchrow(self, *arguments):
        self.count += 1
        return await self.pool.fetchrow(*arguments)


async def main(database: str, users: int) -> None:
    pool = await asyncpg.create_pool(database, min_size=4, max_size=10)
    documents = {name: (check.FIXTURES / f"{name}.graphql").read_text() for name in ("UserSessions", "DeepLink")}
    tallies = {name: Counter() for name in documents}
    for user, session, item in await check.cases(database, "org_acme", users):
        for name, variables in (
            ("UserSessions", {"identifier": user, "first": 20}),
            ("DeepLink", {"identifier": user, "sessionId": session, "itemId": item}),
        ):
            counting = CountingPool(pool)
            result = await schema.execute(
                documents[name], variable_values=variables, context_value=Context(Loaders(counting, "org_acme")))
            assert not result.errors, result.errors
            tallies[name][counting.count] += 1
    for name, tally in tallies.items():
        print(name, ", ".join(f"{count} statements: {n} requests" for count, n in sorted(tally.items())))
    await pool.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("--users", type=int, default=20)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.database, arguments.users))

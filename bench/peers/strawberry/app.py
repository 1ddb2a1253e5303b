"""The ASGI application: strawberry's GraphQL view at /graphql over one asyncpg pool.

Environment: DATABASE_URL (required), ORGANIZATION (the organization id served, default
org_acme), POOL_SIZE (connections per worker, default 10). Every request is answered as
that organization; the Authorization header is ignored.
"""

import os

import asyncpg
from strawberry.asgi import GraphQL

from loaders import Loaders
from schema import schema


class Context:
    def __init__(self, loaders: Loaders):
        self.loaders = loaders


class PeerGraphQL(GraphQL):
    def __init__(self, *arguments, **options):
        super().__init__(*arguments, **options)
        self.pool = None
        self.organization = os.environ.get("ORGANIZATION", "org_acme")

    async def get_context(self, request, response) -> Context:
        # Fresh loaders per request: batching and caching last for one request only.
        return Context(Loaders(self.pool, self.organization))


graphql = PeerGraphQL(schema, graphql_ide=None)


async def app(scope, receive, send):
    """strawberry's app, with the pool opened and closed by the ASGI lifespan."""
    if scope["type"] != "lifespan":
        return await graphql(scope, receive, send)
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            size = int(os.environ.get("POOL_SIZE", "10"))
            graphql.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"], min_size=size, max_size=size)
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await graphql.pool.close()
            await send({"type": "lifespan.shutdown.complete"})
            return

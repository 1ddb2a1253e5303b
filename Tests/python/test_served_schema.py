"""What `sessionql serve` answers to the introspection query a standard client sends is the
schema of `schema.graphql`, and `/schema.graphql` serves that file as it is.

graphql-core (the Python port of the reference implementation) sends its standard
introspection query over HTTP, rebuilds a client schema from the answer and prints it; the
print must equal that of the schema it builds from the SDL file.
"""

from graphql import build_client_schema, build_schema, get_introspection_query, print_schema
import json

from serve_process import ROOT, request, serving

SDL = (ROOT / "schema.graphql").read_text(encoding="utf-8")


def test_introspection_over_http_rebuilds_the_schema_file(tmp_path):
    with serving(["--data-dir", str(tmp_path / "data")], tmp_path / "serve.log") as port:
        status, body = request(port, "/graphql", {"query": get_introspection_query(descriptions=True, specified_by_url=True, schema_description=True)})
        assert status == 200
        answer = json.loads(body)
        assert "errors" not in answer
        assert print_schema(build_client_schema(answer["data"])) == print_schema(build_schema(SDL))

        status, served = request(port, "/schema.graphql")
        assert (status, served) == (200, SDL)

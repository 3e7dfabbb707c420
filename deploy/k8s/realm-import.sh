#!/usr/bin/env bash
# Prints a KeycloakRealmImport of deploy/keycloak/laborlink-realm.json for the Keycloak operator (JSON is YAML).
set -euo pipefail
realm=$(dirname "$0")/../keycloak/laborlink-realm.json
cat <<YAML
apiVersion: k8s.keycloak.org/v2alpha1
kind: KeycloakRealmImport
metadata:
  name: laborlink
  namespace: laborlink
spec:
  keycloakCRName: laborlink-keycloak
  realm:
YAML
sed 's/^/    /' "$realm"

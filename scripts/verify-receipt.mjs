#!/usr/bin/env node
// Verifies a portal receipt (compact JWS, ES256) against the portal's JWKS, offline once the JWKS is saved.
// Usage: node scripts/verify-receipt.mjs <receipt> <jwks>
//   <receipt>: a file holding the JWS, or the JSON of GET .../receipts/{id} (its "jws"), or the JWS itself
//   <jwks>:    a file holding the JWKS, or its URL (e.g. http://127.0.0.1:7071/api/.well-known/jwks.json)
// Exit 0 and the receipt's content when it verifies; exit 1 and the reason when it does not.
import { createPublicKey, verify } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";

const [receiptArg, jwksArg] = process.argv.slice(2);
if (!receiptArg || !jwksArg) {
  console.error("Uso: node scripts/verify-receipt.mjs <ricevuta> <jwks>");
  process.exit(2);
}
const text = (existsSync(receiptArg) ? readFileSync(receiptArg, "utf8") : receiptArg).trim();
const jws = text.startsWith("{") ? JSON.parse(text).jws : text.replace(/\s+/g, "");
const jwks = /^https?:\/\//.test(jwksArg)
  ? await (await fetch(jwksArg)).json()
  : JSON.parse(readFileSync(jwksArg, "utf8"));

const fail = (why) => {
  console.error(`Ricevuta NON valida: ${why}`);
  process.exit(1);
};
const parts = jws.split(".");
if (parts.length !== 3) fail("non è un JWS compatto.");
const header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
if (header.alg !== "ES256") fail(`algoritmo ${header.alg} non ammesso.`);
const jwk = jwks.keys.find((k) => k.kid === header.kid);
if (!jwk) fail(`chiave ${header.kid} non pubblicata.`);
const key = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, format: "jwk" });
const ok = verify(
  "sha256",
  Buffer.from(`${parts[0]}.${parts[1]}`, "ascii"),
  { key, dsaEncoding: "ieee-p1363" },
  Buffer.from(parts[2], "base64url"),
);
if (!ok) fail("la firma non corrisponde al contenuto.");
console.log(JSON.stringify(JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")), null, 2));
console.log(`Ricevuta valida (chiave ${header.kid}).`);

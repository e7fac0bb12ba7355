// CRX3 writer and reader, with node:crypto only. Format (chromium components/crx_file/crx3.proto):
//   "Cr24" | uint32le 3 | uint32le header length | CrxFileHeader | zip
//   CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000 }
//   AsymmetricKeyProof { bytes public_key = 1; bytes signature = 2 }
//   SignedData { bytes crx_id = 1 }   (crx_id = first 16 bytes of sha256(SPKI DER public key))
// The RSA PKCS#1 v1.5 SHA-256 signature covers
//   "CRX3 SignedData\x00" | uint32le len(signed_header_data) | signed_header_data | zip.
import { createHash, createPrivateKey, createPublicKey, createSign, createVerify, type KeyObject } from 'node:crypto';

const MAGIC = Buffer.from('Cr24');
const SIGN_PREFIX = Buffer.from('CRX3 SignedData\x00', 'latin1');

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Buffer.from(out);
}

/** A length-delimited protobuf field (wire type 2). */
function field(num: number, bytes: Uint8Array): Buffer {
  return Buffer.concat([varint(num * 8 + 2), varint(bytes.length), bytes]);
}

function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Chrome's extension id: 32 letters a-p from the first 16 bytes of sha256(SPKI DER). */
export function idFromCrxId(crxId: Uint8Array): string {
  return [...crxId].map((b) => String.fromCharCode(97 + (b >> 4), 97 + (b & 15))).join('');
}

export function publicKeyDer(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ type: 'spki', format: 'der' });
}

export function extensionIdFromPublicKey(spkiDer: Uint8Array): string {
  return idFromCrxId(createHash('sha256').update(spkiDer).digest().subarray(0, 16));
}

export function loadRsaPrivateKey(pem: string | Buffer): KeyObject {
  const key = createPrivateKey(pem);
  if (key.asymmetricKeyType !== 'rsa') throw new Error('the CRX signing key must be an RSA private key (PEM)');
  return key;
}

function signedPayload(signedHeaderData: Uint8Array, zip: Uint8Array): Buffer {
  return Buffer.concat([SIGN_PREFIX, u32le(signedHeaderData.length), signedHeaderData, zip]);
}

export function buildCrx3(zip: Uint8Array, privateKey: KeyObject): { crx: Buffer; id: string } {
  const pubDer = publicKeyDer(privateKey);
  const crxId = createHash('sha256').update(pubDer).digest().subarray(0, 16);
  const signedHeaderData = field(1, crxId);
  const signature = createSign('sha256').update(signedPayload(signedHeaderData, zip)).sign(privateKey);
  const proof = Buffer.concat([field(1, pubDer), field(2, signature)]);
  const header = Buffer.concat([field(2, proof), field(10000, signedHeaderData)]);
  const crx = Buffer.concat([MAGIC, u32le(3), u32le(header.length), header, zip]);
  return { crx, id: idFromCrxId(crxId) };
}

// ---- reader (for tests and for `package --verify`) ----

function readVarint(b: Buffer, pos: number): [number, number] {
  let n = 0;
  let mul = 1;
  for (;;) {
    if (pos >= b.length) throw new Error('truncated varint');
    const byte = b[pos++]!;
    n += (byte & 0x7f) * mul;
    if (byte < 0x80) return [n, pos];
    mul *= 128;
  }
}

/** Length-delimited fields only (all CRX3 header fields are), as [fieldNumber, bytes]. */
function readFields(b: Buffer): Array<[number, Buffer]> {
  const out: Array<[number, Buffer]> = [];
  let pos = 0;
  while (pos < b.length) {
    const [tag, p1] = readVarint(b, pos);
    if ((tag & 7) !== 2) throw new Error(`unexpected wire type ${tag & 7}`);
    const [len, p2] = readVarint(b, p1);
    if (p2 + len > b.length) throw new Error('truncated field');
    out.push([Math.floor(tag / 8), b.subarray(p2, p2 + len)]);
    pos = p2 + len;
  }
  return out;
}

export interface ParsedCrx {
  version: number;
  publicKey: Buffer;
  signature: Buffer;
  crxId: Buffer;
  id: string;
  zip: Buffer;
  /** The signature verifies AND the crx_id matches the key (Chrome checks both). */
  valid: boolean;
}

export function parseCrx3(crx: Buffer): ParsedCrx {
  if (!crx.subarray(0, 4).equals(MAGIC)) throw new Error('not a CRX file (magic)');
  const version = crx.readUInt32LE(4);
  if (version !== 3) throw new Error(`CRX version ${version}, expected 3`);
  const headerLen = crx.readUInt32LE(8);
  const header = crx.subarray(12, 12 + headerLen);
  const zip = crx.subarray(12 + headerLen);
  const fields = readFields(header);
  const proof = fields.find(([n]) => n === 2)?.[1];
  const signedHeaderData = fields.find(([n]) => n === 10000)?.[1];
  if (!proof || !signedHeaderData) throw new Error('CRX header lacks an RSA proof or signed data');
  const pf = readFields(proof);
  const publicKey = pf.find(([n]) => n === 1)?.[1] ?? Buffer.alloc(0);
  const signature = pf.find(([n]) => n === 2)?.[1] ?? Buffer.alloc(0);
  const crxId = readFields(signedHeaderData).find(([n]) => n === 1)?.[1] ?? Buffer.alloc(0);
  const pub = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
  const sigOk = createVerify('sha256').update(signedPayload(signedHeaderData, zip)).verify(pub, signature);
  const idOk = crxId.equals(createHash('sha256').update(publicKey).digest().subarray(0, 16));
  return { version, publicKey, signature, crxId, id: idFromCrxId(crxId), zip, valid: sigOk && idOk };
}

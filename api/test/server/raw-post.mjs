// A client in a process of its own (as the fault was found: answers racing the body show across
// processes, not when client and server share one event loop). It POSTs `rounds` bodies of
// `bytes` bytes of text/plain with Connection: close over bare sockets, and prints how each ended:
// { "<status> <text>": count, "<socket error code>": count }.
import { Buffer } from 'node:buffer';
import net from 'node:net';

const [url, path, bytes, rounds] = process.argv.slice(2);
const { hostname, port } = new URL(url);
const body = Buffer.alloc(Number(bytes), 'x');
const counts = {};

function post() {
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let answer = '';
    let failed = null;
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('error', (error) => (failed = error.code ?? error.message));
    socket.on('close', () => {
      if (failed) return resolve(failed);
      const status = /^HTTP\/1\.1 (\d+)/.exec(answer)?.[1];
      resolve(`${status} ${answer.slice(answer.indexOf('\r\n\r\n') + 4)}`);
    });
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: text/plain\r\n` +
        `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body, () => socket.end());
  });
}

for (let round = 0; round < Number(rounds); round++) {
  const outcome = await post();
  counts[outcome] = (counts[outcome] ?? 0) + 1;
}
console.log(JSON.stringify(counts));

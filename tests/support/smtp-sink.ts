import { createServer, type Server, type Socket } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/**
 * A real SMTP server for tests (the smtp-server package) on 127.0.0.1, collecting what it was
 * sent, each message parsed by mailparser. Faults are switched by the test: refuse recipients, refuse
 * data, or hold data until released (a message on the wire while the studio closes).
 */
export interface MailAddress {
  name: string;
  address: string;
}

export interface ReceivedMail {
  raw: string;
  envelopeTo: string[];
  headers: Map<string, string>;
  from: MailAddress;
  to: MailAddress[];
  subject: string;
  messageId: string;
  text: string;
  html: string;
}

export type SinkFault = 'none' | 'refuse_rcpt' | 'refuse_data';

export interface SmtpSink {
  port: number;
  messages: ReceivedMail[];
  /** Logins the server saw (user and password), to prove the password reached it. */
  logins: { username: string; password: string }[];
  fault: SinkFault;
  /** While set, each message's data waits for `release()` before the server answers. */
  hold: boolean;
  /** How many messages are waiting on `hold`. */
  held(): number;
  release(): void;
  close(): Promise<void>;
}

export async function startSmtpSink(options: { username?: string; password?: string } = {}): Promise<SmtpSink> {
  const waiting: (() => void)[] = [];
  const sink: SmtpSink = {
    port: 0,
    messages: [],
    logins: [],
    fault: 'none',
    hold: false,
    held: () => waiting.length,
    release: () => {
      for (const go of waiting.splice(0)) go();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const serverOptions: SMTPServerOptions = {
    secure: false,
    disabledCommands: options.username ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.username,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      sink.logins.push({ username: auth.username ?? '', password: auth.password ?? '' });
      if (auth.username === options.username && auth.password === options.password) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      if (sink.fault === 'refuse_rcpt') callback(Object.assign(new Error('Mailbox unavailable, try later'), { responseCode: 450 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const finish = () => {
          if (sink.fault === 'refuse_data') {
            callback(Object.assign(new Error('Message refused for now'), { responseCode: 451 }));
            return;
          }
          parseMail(Buffer.concat(chunks), session.envelope.rcptTo.map((r) => r.address)).then(
            (mail) => {
              sink.messages.push(mail);
              callback(null, 'Queued as test');
            },
            (error: Error) => callback(error),
          );
        };
        if (sink.hold) waiting.push(finish);
        else finish();
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  sink.port = typeof address === 'object' && address ? address.port : 0;
  return sink;
}

/** A server that accepts connections and never says a word: an SMTP server that hangs. */
export async function startSilentServer(): Promise<{ port: number; connections(): number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let count = 0;
  const server: Server = createServer((socket) => {
    count += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connections: () => count,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** One received message, parsed by mailparser (nodemailer's own parser): headers decoded, text and HTML parts. */
export async function parseMail(raw: Buffer, envelopeTo: string[] = []): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw);
  const headers = new Map<string, string>([...parsed.headerLines].map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()]));
  const addresses = (value: AddressObject | AddressObject[] | undefined) => [value ?? []].flat().flatMap((a) => a.value).map((a) => ({ name: a.name, address: a.address ?? '' }));
  return {
    raw: raw.toString('utf8'),
    envelopeTo,
    headers,
    from: addresses(parsed.from)[0] ?? { name: '', address: '' },
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    messageId: parsed.messageId ?? '',
    text: parsed.text?.replace(/\n$/, '') ?? '',
    html: parsed.html || '',
  };
}

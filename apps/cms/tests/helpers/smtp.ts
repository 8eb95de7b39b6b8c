import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { freePort } from '@derna/testkit';

export type ReceivedMail = {
  /** Envelope recipients (RCPT TO), as the server saw them. */
  recipients: string[];
  to: string;
  subject: string;
  text: string;
  html: string;
  raw: string;
  header: (name: string) => string | undefined;
  receivedAt: number;
};

const toMail = (parsed: ParsedMail, raw: string, recipients: string[]): ReceivedMail => ({
  recipients,
  to: parsed.to ? [parsed.to].flat().map(({ text }) => text).join(', ') : '',
  subject: parsed.subject ?? '',
  text: parsed.text ?? '',
  html: typeof parsed.html === 'string' ? parsed.html : '',
  raw,
  header: (name) => {
    const line = parsed.headerLines.find(({ key }) => key === name.toLowerCase());
    return line ? line.line.slice(line.line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim() : undefined;
  },
  receivedAt: Date.now(),
});

/** A real SMTP server on a free loopback port that keeps every message it receives. */
export const startSmtp = async () => {
  const port = await freePort();
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => mails.push(toMail(parsed, raw, session.envelope.rcptTo.map(({ address }) => address))))
          .then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    mails,
    to: (address: string) => mails.filter(({ recipients }) => recipients.includes(address)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type SmtpUnderTest = Awaited<ReturnType<typeof startSmtp>>;

/** Polls until `check` holds (or gives up after `ms`), for mail sent after a commit or by cron. */
export const eventually = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return check();
};

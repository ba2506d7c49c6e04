#!/usr/bin/env node
// Starts telegram-test-api 4.2.1 (a Bot API emulator) for newsbot's end-to-end tests.
//
//   node emulator.js --port 9123 [--host 127.0.0.1] [--username TestNameBot]
//
// Prints "READY <port>" once listening; stops on SIGTERM/SIGINT.
// telegram-test-api and python-telegram-bot 22.8 disagree in a few places; each is corrected
// here, before the server builds its routes (the package itself is left untouched):
//   1. getMe's user lacks `is_bot`: python-telegram-bot refuses to start.
//   2. Messages the bot sends come back with `date` in milliseconds: parsing fails.
//   3. They also echo object parameters (link_preview_options, reply_parameters) as the JSON
//      strings the bot posted: parsing fails as soon as the bot sets link_preview_options.
//   4. Callback queries lack the required `chat_instance`, and editMessageText /
//      editMessageReplyMarkup answer `null` where Telegram answers a Message or `true`.
//   5. getUpdates answers at once instead of long-polling, so a polling bot spins at full CPU;
//      it now waits for a user update, at most the bot's `timeout` (capped at 2 s).
'use strict';

const TelegramServer = require('telegram-test-api'); // module.exports is the class
const { routes } = require('telegram-test-api/lib/routes/index');
const { getMe } = require('telegram-test-api/lib/routes/bot/getMe');
const { getUpdates } = require('telegram-test-api/lib/routes/bot/getUpdates');
const { editMessageText } = require('telegram-test-api/lib/routes/bot/editMessageText');
const { editMessageReplyMarkup } = require('telegram-test-api/lib/routes/bot/editMessageReplyMarkup');
const { handle } = require('telegram-test-api/lib/routes/bot/utils');

function replaceRoute(original, replacement) {
  const at = routes.indexOf(original);
  if (at < 0) {
    throw new Error('telegram-test-api layout changed: a route to replace was not found');
  }
  routes[at] = replacement;
}

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const port = Number(option('port', '9000'));
const host = option('host', '127.0.0.1');
const username = option('username', 'TestNameBot');
const BOT_ID = 666; // the id telegram-test-api's own getMe reports

// 1. A complete getMe user.
replaceRoute(getMe, (app) => handle(app, '/bot:token/getMe', (_req, res) => {
  res.sendResult({
    ok: true,
    result: {
      id: BOT_ID,
      is_bot: true,
      first_name: 'Test First name',
      username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: true,
    },
  });
}));

// 5. Long polling: answer when a user update arrives, or after the timeout with what there is.
const MAX_WAIT_MS = 2000;
const USER_EVENTS = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'];
const waiting = new Set();
replaceRoute(getUpdates, (app, telegramServer) => handle(app, '/bot:token/getUpdates', (req, res) => {
  const token = req.params.token;
  const pending = () => telegramServer.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
  const reply = () => res.sendResult({ ok: true, result: telegramServer.getUpdates(token) });
  const seconds = Number((req.body && req.body.timeout) || (req.query && req.query.timeout) || 0);
  if (pending() || !(seconds > 0)) {
    reply();
    return;
  }
  let timer = null;
  const finish = () => {
    if (!waiting.has(finish)) return;
    waiting.delete(finish);
    clearTimeout(timer);
    USER_EVENTS.forEach((event) => telegramServer.off(event, finish));
    reply();
  };
  waiting.add(finish);
  USER_EVENTS.forEach((event) => telegramServer.on(event, finish));
  timer = setTimeout(finish, Math.min(seconds * 1000, MAX_WAIT_MS));
}));

// 2. Unix seconds in the Message returned to the bot (storage keeps milliseconds for ordering);
// 3. object-valued parameters decoded from the JSON strings they were posted as.
const JSON_FIELDS = ['link_preview_options', 'reply_parameters'];
const addBotMessage = TelegramServer.prototype.addBotMessage;
TelegramServer.prototype.addBotMessage = function addBotMessageFixed(rawMessage, botToken) {
  JSON_FIELDS.forEach((key) => {
    if (typeof rawMessage[key] === 'string') {
      rawMessage[key] = JSON.parse(rawMessage[key]);
    }
  });
  const message = addBotMessage.call(this, rawMessage, botToken);
  message.date = Math.floor(message.date / 1000);
  return message;
};

// 4. Callback queries with a chat_instance; edits answer `true`.
const formatUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = function formatUpdateFixed(update) {
  const formatted = formatUpdate.call(this, update);
  const query = formatted.callback_query;
  if (query && !query.chat_instance) {
    const chat = query.message && query.message.chat;
    query.chat_instance = String(chat ? chat.id : 0);
  }
  return formatted;
};
replaceRoute(editMessageText, (app, telegramServer) => handle(app, '/bot:token/editMessageText', (req, res) => {
  telegramServer.editMessageText(req.body);
  res.sendResult({ ok: true, result: true });
}));
replaceRoute(editMessageReplyMarkup, (app, telegramServer) => handle(app, '/bot:token/editMessageReplyMarkup',
  (req, res) => {
    telegramServer.editMessageReplyMarkup(req.body);
    res.sendResult({ ok: true, result: true });
  }));

const server = new TelegramServer({ port, host, storeTimeout: 3600 });

async function stop() {
  try {
    [...waiting].forEach((finish) => finish());
    await server.stop();
  } finally {
    process.exit(0);
  }
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);

server.start().then(() => {
  process.stdout.write(`READY ${port}\n`);
}, (error) => {
  process.stderr.write(`emulator failed to start: ${error}\n`);
  process.exit(1);
});

// The same work as `cargo bench --bench render` (in-process part), done by Mozilla's reference
// Fluent implementation: render 5 customer-service messages for a Japanese buyer, falling back
// to en-US, with plain-text output (no isolation marks). Prints the median of 7 samples.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "locales");
const load = (locale) => {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const source = readFileSync(join(root, locale, "phrases", "customer-service.ftl"), "utf8");
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length) throw errors[0];
  return bundle;
};
const chain = [load("ja-JP"), load("en-US")];
const ids = ["greeting", "late-reply-apology", "will-check-and-reply", "order-confirmation", "closing-thanks"];
const args = {
  salutation: "formal", buyer_status: "returning", buyer_name: "田中", shop_name: "さくら屋",
  agent_name: "佐藤", reason: "holiday", hours: 24, order_id: "A-10023", days: 2,
};

function render() {
  const out = [];
  for (const id of ids) {
    const bundle = chain.find((b) => b.hasMessage(id));
    const message = bundle.getMessage(id);
    const errors = [];
    const attributes = {};
    for (const [name, pattern] of Object.entries(message.attributes)) {
      attributes[name] = bundle.formatPattern(pattern, args, errors);
    }
    out.push({ id, text: bundle.formatPattern(message.value, args, errors), attributes });
    if (errors.length) throw errors[0];
  }
  return out;
}

const iterations = 20000;
const samples = [];
for (let s = 0; s < 7; s++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) render();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  samples.push(iterations / seconds);
}
samples.sort((a, b) => a - b);
const rps = samples[3];
console.log(`@fluent/bundle ${JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "node_modules", "@fluent", "bundle", "package.json"), "utf8")).version} (Node ${process.version}) render (5 messages, ja-JP): median ${rps.toFixed(0)} requests/s (${(rps * 5).toFixed(0)} messages/s) over 7 samples`);

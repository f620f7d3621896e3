// Creates the database DATABASE_URL names if it is absent, connecting to the server's `postgres` database.
const { Client } = require('pg');

async function main() {
  const url = new URL(process.env.DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`postgres: created database ${name}`);
    } else {
      console.log(`postgres: database ${name} exists`);
    }
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(`postgres: ${error.message}`);
  process.exit(1);
});

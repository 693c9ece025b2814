import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  dependenciesOf,
  DOCKER_DIR,
  environmentOf,
  mountsOf,
  readCompose,
  readDockerFile,
  staticIpOf,
  type Compose,
} from './topology';

const NODES = ['kurrentdb1', 'kurrentdb2', 'kurrentdb3'];
const API_NODES = ['api1', 'api2'];

describe('docker/compose.yaml', () => {
  let compose: Compose;
  beforeAll(() => {
    compose = readCompose();
  });

  it('has exactly the topology of the README: certificates, three KurrentDB nodes, two API nodes and a proxy', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api1',
      'api2',
      'cert-gen',
      'kurrentdb1',
      'kurrentdb2',
      'kurrentdb3',
      'proxy',
    ]);
  });

  describe('the KurrentDB cluster', () => {
    it('runs three nodes of the KurrentDB image as one cluster of three, secure', () => {
      for (const name of NODES) {
        const node = compose.services[name];
        expect(node.image).toMatch(/^docker\.kurrent\.io\/kurrent-(lts|latest)\/kurrentdb:/);
        expect(environmentOf(node)).toMatchObject({
          KURRENTDB_CLUSTER_SIZE: '3',
          KURRENTDB_INSECURE: 'false',
          KURRENTDB_DISCOVER_VIA_DNS: 'false',
        });
      }
    });

    it('gives each node a fixed address in the cluster network, replicates on it, and seeds gossip with the two others', () => {
      const subnet = compose.networks.cluster.ipam!.config[0].subnet;
      const prefix = subnet.replace(/\.0\/24$/, '.');
      const ips = Object.fromEntries(
        NODES.map((name) => [name, staticIpOf(compose.services[name], 'cluster')]),
      );
      expect(new Set(Object.values(ips)).size).toBe(3);
      for (const name of NODES) {
        const environment = environmentOf(compose.services[name]);
        expect(ips[name]?.startsWith(prefix)).toBe(true);
        expect(environment.KURRENTDB_REPLICATION_IP).toBe(ips[name]);
        const others = NODES.filter((other) => other !== name).map((other) => `${ips[other]}:2113`);
        expect(environment.KURRENTDB_GOSSIP_SEED.split(',').sort()).toEqual(others.sort());
        // Clients inside the network reach a node by its service name, which its certificate carries.
        expect(environment.KURRENTDB_ADVERTISE_HOST_TO_CLIENT_AS).toBe(name);
      }
    });

    it('serves TLS with a certificate of its own per node, signed by the CA every node trusts, read from the certificates volume', () => {
      for (const [index, name] of NODES.entries()) {
        const node = compose.services[name];
        const environment = environmentOf(node);
        const certs = mountsOf(node).find((mount) => mount.source === 'certs');
        expect(certs).toEqual({ source: 'certs', target: '/etc/kurrentdb/certs', readOnly: true });
        expect(environment.KURRENTDB_CERTIFICATE_FILE).toBe(
          `/etc/kurrentdb/certs/node${index + 1}/node.crt`,
        );
        expect(environment.KURRENTDB_CERTIFICATE_PRIVATE_KEY_FILE).toBe(
          `/etc/kurrentdb/certs/node${index + 1}/node.key`,
        );
        expect(environment.KURRENTDB_TRUSTED_ROOT_CERTIFICATES_PATH).toBe(
          '/etc/kurrentdb/certs/ca',
        );
        expect(dependenciesOf(node)['cert-gen']).toBe('service_completed_successfully');
      }
    });

    it('keeps each node’s data in a volume of its own', () => {
      const dataVolumes = NODES.map(
        (name) =>
          mountsOf(compose.services[name]).find((mount) => mount.target === '/var/lib/kurrentdb')
            ?.source,
      );
      expect(new Set(dataVolumes).size).toBe(3);
      for (const volume of dataVolumes) expect(compose.volumes).toHaveProperty(volume!);
    });

    it('sets the admin password from the environment, never in the file', () => {
      for (const name of NODES) {
        expect(compose.services[name].environment!.KURRENTDB_DEFAULT_ADMIN_PASSWORD).toMatch(
          /^\$\{KURRENTDB_ADMIN_PASSWORD:\?/,
        );
      }
    });
  });

  describe('the certificates (es-gencert-cli, as in the KurrentDB docs)', () => {
    it('creates one CA and, for each node, a certificate naming its address and its service name', () => {
      const certGen = compose.services['cert-gen'];
      expect(certGen.image).toMatch(/es-gencert-cli/);
      expect(mountsOf(certGen)).toContainEqual({
        source: 'certs',
        target: '/certs',
        readOnly: false,
      });
      const command = certGen.command!;
      expect(command).toContain('es-gencert-cli create-ca -out ./ca');
      expect(command).toContain(
        'es-gencert-cli create-node -ca-certificate ./ca/ca.crt -ca-key ./ca/ca.key -out ./node$$n',
      );
      // $$n is Compose's escape for the shell's $n: node1..3 get 172.30.240.11..13 and kurrentdb1..3.
      expect(command).toContain(
        '-ip-addresses 127.0.0.1,172.30.240.1$$n -dns-names localhost,kurrentdb$$n',
      );
      for (const name of NODES)
        expect(staticIpOf(compose.services[name], 'cluster')).toBe(`172.30.240.1${name.slice(-1)}`);
    });
  });

  describe('the API nodes', () => {
    it('run the app image built from docker/Dockerfile', () => {
      for (const name of API_NODES) {
        expect(compose.services[name].build).toEqual({
          context: '..',
          dockerfile: 'docker/Dockerfile',
        });
        expect(existsSync(join(DOCKER_DIR, '..', compose.services[name].build!.dockerfile))).toBe(
          true,
        );
      }
    });

    it('use the cluster over TLS, naming all three nodes, trusting the cluster’s CA', () => {
      for (const name of API_NODES) {
        const node = compose.services[name];
        const { SATUPINTU_STORE, SATUPINTU_ESDB_URL } = environmentOf(node);
        expect(SATUPINTU_STORE).toBe('esdb');
        // esdb://user:password@host:port,host:port?key=value (several hosts: not a WHATWG URL).
        const [, credentials, hosts, query] = /^esdb:\/\/([^@]+)@([^?]+)\?(.*)$/.exec(
          SATUPINTU_ESDB_URL,
        )!;
        expect(credentials).toBe(
          'admin:${KURRENTDB_ADMIN_PASSWORD:?set KURRENTDB_ADMIN_PASSWORD in docker/.env}',
        );
        expect(hosts.split(',')).toEqual(NODES.map((cluster) => `${cluster}:2113`));
        const settings = new URLSearchParams(query);
        expect(settings.get('tls')).toBe('true');
        const caFile = settings.get('tlsCAFile')!;
        const certs = mountsOf(node).find((mount) => mount.source === 'certs')!;
        expect(certs.readOnly).toBe(true);
        expect(caFile).toBe(`${certs.target}/ca/ca.crt`);
        for (const cluster of NODES) expect(dependenciesOf(node)).toHaveProperty(cluster);
      }
    });

    it('share one token secret, required from the environment, so a login on one node is good on the other', () => {
      const secrets = API_NODES.map(
        (name) => environmentOf(compose.services[name]).SATUPINTU_SECRET,
      );
      expect(secrets[0]).toMatch(/^\$\{SATUPINTU_SECRET:\?/);
      expect(secrets[1]).toBe(secrets[0]);
    });

    it('keep their read models in data volumes of their own, and are reached only through the proxy', () => {
      const dataVolumes = API_NODES.map(
        (name) =>
          mountsOf(compose.services[name]).find((mount) => mount.target === '/data')?.source,
      );
      expect(new Set(dataVolumes).size).toBe(2);
      for (const name of API_NODES) expect(compose.services[name].ports).toBeUndefined();
    });
  });

  describe('the reverse proxy', () => {
    it('publishes HTTP and HTTPS and balances over both API nodes, checking their health, each desk kept on one node', () => {
      const proxy = compose.services.proxy;
      expect(proxy.image).toMatch(/^caddy:/);
      expect(proxy.ports).toEqual(['80:80', '443:443']);
      expect(mountsOf(proxy)).toContainEqual({
        source: './Caddyfile',
        target: '/etc/caddy/Caddyfile',
        readOnly: true,
      });
      const caddyfile = readDockerFile('Caddyfile');
      expect(caddyfile).toMatch(/reverse_proxy api1:3000 api2:3000 \{/);
      expect(caddyfile).toMatch(/health_uri \/api\/health/);
      expect(caddyfile).toMatch(/flush_interval -1/);
      // Sticky by cookie: the page a desk loads after a click comes from the node that answered it.
      expect(caddyfile).toMatch(/^\s*lb_policy cookie \w+$/m);
      expect(Object.keys(dependenciesOf(proxy)).sort()).toEqual(API_NODES);
    });
  });

  it('names in docker/.env.example every variable the file requires', () => {
    const required = [...readDockerFile('compose.yaml').matchAll(/\$\{([A-Z_]+):\?/g)].map(
      (match) => match[1],
    );
    const example = readDockerFile('.env.example');
    for (const variable of new Set(required))
      expect(example).toMatch(new RegExp(`^${variable}=`, 'm'));
  });
});

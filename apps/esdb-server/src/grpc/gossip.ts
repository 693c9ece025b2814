import type { handleUnaryCall } from '@grpc/grpc-js';
import { uuidMessage } from './messages';
import { gossip, type shared } from './proto';

/**
 * Gossip.Read: a cluster of one, always the leader, so `esdb+discover://` and multi-host
 * connection strings find this server too. `advertised` is the address clients should use.
 */
export function gossipRead(
  instanceId: string,
  advertised: () => { host: string; port: number },
): handleUnaryCall<shared.Empty, gossip.ClusterInfo> {
  return (_call, callback) => {
    const { host, port } = advertised();
    const member = new gossip.MemberInfo()
      .setInstanceId(uuidMessage(instanceId, false))
      .setTimeStamp(String(BigInt(Date.now()) * 10_000n))
      .setState(gossip.MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new gossip.EndPoint().setAddress(host).setPort(port));
    callback(null, new gossip.ClusterInfo().setMembersList([member]));
  };
}

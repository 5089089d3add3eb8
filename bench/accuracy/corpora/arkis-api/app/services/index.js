'use strict';

module.exports = {
  AccountManager:    require('./account_manager'),
  AgentManager:      require('./agent_manager'),
  ClusterManager:    require('./cluster_manager'),
  DaemonManager:     require('./daemon_manager'),
  MachineManager:    require('./machine_manager'),
  RegionSizeManager: require('./region_size_manager'),
  ProviderManager:  require('./provider_manager')
};

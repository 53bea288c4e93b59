package ecm

// loadRouting rebuilds what route tables and HAVIPs derive after a state file
// is loaded: their IDs in the registry, the addresses HAVIPs hold, and a main
// route table for every VPC (state files written before route tables were real).
func (e *state) loadRouting(name string, r *region) {
	for id, t := range r.RouteTables {
		if t == nil {
			delete(r.RouteTables, id)
			continue
		}
		e.ids[id] = idEntry{kindRoute, name}
		for _, rt := range t.Routes {
			e.ids[rt.ItemID] = idEntry{kindRouteItem, name}
		}
	}
	for _, v := range r.VPCs {
		e.addMainRouteTable(r, v)
	}
	for id, h := range r.HaVips {
		if h == nil {
			delete(r.HaVips, id)
			continue
		}
		e.ids[id] = idEntry{kindHaVip, name}
		e.holdIP(h.SubnetID, h.Vip, h.ID)
	}
}
